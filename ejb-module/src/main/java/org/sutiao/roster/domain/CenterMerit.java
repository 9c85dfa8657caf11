package org.sutiao.roster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

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
public class CenterMerit extends Merit {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;

    protected CenterMerit() {
    }

    public CenterMerit(MediationCenter center, MeritKind kind, LocalDate occurredOn, String reason, Instant recordedAt,
                       String recordedBy) {
        super(kind, occurredOn, reason, recordedAt, recordedBy);
        this.center = center;
    }
}
