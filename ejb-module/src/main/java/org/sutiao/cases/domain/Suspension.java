package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A suspension of mediation for appraisal or evaluation (鉴定评估; notice §4(4)3): institution, reason, first day and
 * the day mediation resumed. Its days do not count towards the period ({@link MediationPeriod}).
 */
@Entity
@Table(name = "case_suspension")
@NamedQuery(name = "Suspension.byCase",
        query = "select s from Suspension s where s.mediationCase = :c order by s.startDate, s.id")
public class Suspension extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false, length = 200)
    private String institution;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Suspension() {
    }

    Suspension(MediationCase c, String institution, String reason, LocalDate startDate, Instant startedAt) {
        this.mediationCase = c;
        this.institution = institution;
        this.reason = reason;
        this.startDate = startDate;
        this.startedAt = startedAt;
    }

    void end(LocalDate endDate, Instant at) {
        this.endDate = endDate;
        this.endedAt = at;
    }

    /** The span for the period arithmetic. */
    public MediationPeriod.Span span() {
        return new MediationPeriod.Span(startDate, endDate, endedAt);
    }

    public boolean isRunning() {
        return endDate == null;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public String institution() {
        return institution;
    }

    public String reason() {
        return reason;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }
}
