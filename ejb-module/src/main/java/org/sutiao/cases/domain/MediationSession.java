package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;

/**
 * A mediation session (在线调解规则 Art. 13–16): when, online or offline, the link or place, who takes part, and the
 * minutes once held. Only after the mediator's disclosure is cleared (no conflict, or every party agreed).
 */
@Entity
@Table(name = "mediation_session")
@NamedQuery(name = "MediationSession.byCase",
        query = "select s from MediationSession s where s.mediationCase = :c order by s.scheduledAt, s.id")
public class MediationSession extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionMode mode;
    @Column(name = "place_or_link", nullable = false, length = 500)
    private String placeOrLink;
    @Column(nullable = false, length = 1000)
    private String participants;
    @Column(length = 8000)
    private String minutes;
    @Column(name = "minutes_at")
    private Instant minutesAt;

    protected MediationSession() {
    }

    MediationSession(MediationCase c, Instant scheduledAt, SessionMode mode, String placeOrLink, String participants) {
        this.mediationCase = c;
        this.scheduledAt = scheduledAt;
        this.mode = mode;
        this.placeOrLink = placeOrLink;
        this.participants = participants;
    }

    void recordMinutes(String text, Instant at) {
        this.minutes = text;
        this.minutesAt = at;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public SessionMode mode() {
        return mode;
    }

    public String placeOrLink() {
        return placeOrLink;
    }

    public String participants() {
        return participants;
    }

    public String minutes() {
        return minutes;
    }

    public Instant minutesAt() {
        return minutesAt;
    }
}
