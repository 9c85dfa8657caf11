package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One offer of a case to a center: the referral and each re-referral after a decline or a lapse. The history of
 * offers is kept; the last one is the current one.
 */
@Entity
@Table(name = "case_offer")
public class CaseOffer extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false)
    private int seq;
    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    @Column(name = "acceptance_due_date", nullable = false)
    private LocalDate acceptanceDueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OfferOutcome outcome;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_code", length = 24)
    private DeclineReasonCode declineCode;
    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    protected CaseOffer() {
    }

    CaseOffer(MediationCase mediationCase, int seq, MediationCenter center, Instant offeredAt, DueDate due) {
        this.mediationCase = mediationCase;
        this.seq = seq;
        this.center = center;
        this.offeredAt = offeredAt;
        this.acceptanceDueDate = due.date();
        this.outcome = OfferOutcome.PENDING;
    }

    void decide(OfferOutcome outcome, Instant at, String by, DeclineReasonCode code, String reason) {
        this.outcome = outcome;
        this.decidedAt = at;
        this.decidedBy = by;
        this.declineCode = code;
        this.declineReason = reason;
    }

    void moveDue(LocalDate date) {
        this.acceptanceDueDate = date;
    }

    public int seq() {
        return seq;
    }

    public MediationCenter center() {
        return center;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public LocalDate acceptanceDueDate() {
        return acceptanceDueDate;
    }

    public OfferOutcome outcome() {
        return outcome;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public DeclineReasonCode declineCode() {
        return declineCode;
    }

    public String declineReason() {
        return declineReason;
    }
}
