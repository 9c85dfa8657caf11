package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A commendation or sanction of a mediator (date, kind, reason; notice §4(3)). Append-only. */
@Entity
@Table(name = "mediator_merit")
@NamedQuery(name = "MediatorMerit.byMediator",
        query = "select m from MediatorMerit m where m.mediator = :mediator order by m.occurredOn desc")
public class MediatorMerit extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeritKind kind;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    @Column(nullable = false, length = 500)
    private String reason;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected MediatorMerit() {
    }

    public MediatorMerit(Mediator mediator, MeritKind kind, LocalDate occurredOn, String reason, Instant recordedAt,
                         String recordedBy) {
        this.mediator = mediator;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public MeritKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
