package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline of a case, scanned by the deadline timer with one indexed query on (state, due_at) whatever the
 * number of cases (DESIGN.md §2), page by page in (due_at, id) order ({@code Deadline.dueAfter}: the due ids after
 * the last one of the previous page). {@link #dueAt()} is the instant at which the deadline fires: the exclusive
 * end of the period, or for a reminder 00:00 of the last working day. Idempotent: a row leaves OPEN once.
 *
 * <p>While open, a row carries its case's scope keys (center, mediator, court: {@link MediationCase#scopeKeys()}),
 * so that a scoped reader (early warnings, issue 11 §2) reads the open deadlines of its own cases from one index
 * (V28) without looking each case up; the case keeps them current ({@link MediationCase} re-scopes its open
 * deadlines whenever its center, mediator or court changes). A closed row carries none, so that PostgreSQL's partial
 * indexes on the keys (V28_1, {@code WHERE center_id IS NOT NULL}) hold the open rows alone and serve any bound key.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(name = "Deadline.dueAfter",
        query = "select d.id, d.dueAt, d.mediationCase.id from Deadline d"
                + " where d.state = org.sutiao.cases.domain.DeadlineState.OPEN"
                + " and d.dueAt <= :now and d.dueAt >= :afterDue and (d.dueAt > :afterDue or d.id > :afterId)"
                + " order by d.dueAt, d.id")
@NamedQuery(name = "Deadline.forHandling", query = "select d from Deadline d where d.id = :id")
@NamedQuery(name = "Deadline.dueOfCase",
        query = "select d.id from Deadline d where d.mediationCase.id = :caseId"
                + " and d.state = org.sutiao.cases.domain.DeadlineState.OPEN and d.dueAt <= :now order by d.dueAt, d.id")
@NamedQuery(name = "Deadline.openByCase",
        query = "select d from Deadline d where d.mediationCase.id = :caseId and d.state = org.sutiao.cases.domain.DeadlineState.OPEN")
@NamedQuery(name = "Deadline.openProvisional",
        query = "select d from Deadline d where d.provisional = :provisional and d.state = org.sutiao.cases.domain.DeadlineState.OPEN")
public class Deadline extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DeadlineKind kind;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private boolean provisional;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeadlineState state;
    @Column(name = "handled_at")
    private Instant handledAt;
    @Column(name = "center_id")
    private Long centerId;
    @Column(name = "mediator_id")
    private Long mediatorId;
    @Column(name = "court_id")
    private Long courtId;

    protected Deadline() {
    }

    /**
     * @param dueAt when the deadline fires
     * @param due   the business date it refers to, and whether it is provisional
     */
    public Deadline(MediationCase mediationCase, DeadlineKind kind, Instant dueAt, DueDate due) {
        this.mediationCase = mediationCase;
        this.kind = kind;
        this.dueAt = dueAt;
        this.dueDate = due.date();
        this.provisional = due.provisional();
        this.state = DeadlineState.OPEN;
        follow(mediationCase.scopeKeys());
        mediationCase.opened(this);
    }

    /** Takes the case's current scope keys while the deadline is open (a closed one has none). */
    void follow(MediationCase.ScopeKeys keys) {
        if (state == DeadlineState.OPEN) {
            this.centerId = keys.centerId();
            this.mediatorId = keys.mediatorId();
            this.courtId = keys.courtId();
        }
    }

    /** The scope keys the row carries: its case's center, mediator and court while it is open, else nulls. */
    public MediationCase.ScopeKeys scopeKeys() {
        return new MediationCase.ScopeKeys(centerId, mediatorId, courtId);
    }

    /** Closes the deadline in {@code newState} (MET, OVERDUE, REMINDED, CANCELLED); false if already closed. */
    public boolean close(DeadlineState newState, Instant at) {
        if (state != DeadlineState.OPEN) {
            return false;
        }
        state = newState;
        handledAt = at;
        centerId = null;
        mediatorId = null;
        courtId = null;
        return true;
    }

    /** Moves an open deadline (a provisional date replaced once the calendar is known). */
    public void reschedule(Instant newDueAt, DueDate due) {
        this.dueAt = newDueAt;
        this.dueDate = due.date();
        this.provisional = due.provisional();
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public DeadlineKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean provisional() {
        return provisional;
    }

    public DeadlineState state() {
        return state;
    }
}
