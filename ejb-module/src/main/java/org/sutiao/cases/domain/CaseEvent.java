package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * One entry of a case's timeline: who did what, when, and why. Written once, never changed.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(name = "occurred_at", nullable = false)
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EventType type;
    @Column(name = "actor", nullable = false, length = 64)
    private String actor;
    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;
    @Column(length = 2000)
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(MediationCase mediationCase, Instant at, EventType type, String actor, String actorName,
              String detail) {
        this.mediationCase = mediationCase;
        this.at = at;
        this.type = type;
        this.actor = actor;
        this.actorName = actorName;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public EventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String detail() {
        return detail;
    }
}
