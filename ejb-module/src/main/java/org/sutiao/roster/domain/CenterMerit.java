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

/**
 * A commendation (or sanction) of a center (notice 法办〔2024〕623号 §5(3): outstanding centers get positive
 * incentives), as {@link MediatorMerit} keeps them for mediators. Append-only.
 */
@Entity
@Table(name = "center_merit")
@NamedQuery(name = "CenterMerit.byCenter",
        query = "select m from CenterMerit m where m.center = :center order by m.occurredOn desc, m.id desc")
public class CenterMerit extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
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

    protected CenterMerit() {
    }

    public CenterMerit(MediationCenter center, MeritKind kind, LocalDate occurredOn, String reason, Instant recordedAt,
                       String recordedBy) {
        this.center = center;
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
