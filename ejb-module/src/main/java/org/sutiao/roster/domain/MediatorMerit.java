package org.sutiao.roster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A commendation or sanction of a mediator (date, kind, reason; notice §4(3)). Append-only. */
@Entity
@Table(name = "mediator_merit")
@NamedQuery(name = "MediatorMerit.byMediator",
        query = "select m from MediatorMerit m where m.mediator = :mediator order by m.occurredOn desc")
public class MediatorMerit extends Merit {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;

    protected MediatorMerit() {
    }

    public MediatorMerit(Mediator mediator, MeritKind kind, LocalDate occurredOn, String reason, Instant recordedAt,
                         String recordedBy) {
        super(kind, occurredOn, reason, recordedAt, recordedBy);
        this.mediator = mediator;
    }
}
