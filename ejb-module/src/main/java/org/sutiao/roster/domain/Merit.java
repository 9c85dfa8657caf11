package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a commendation or sanction records, whoever it concerns (a mediator: notice 法办〔2024〕623号 §4(3); a
 * center: §5(3)): its kind, the day it happened, the reason (at most 500 characters), when and by whom it was
 * recorded. Append-only. Each subclass maps its own table ({@code mediator_merit}, {@code center_merit}) with these
 * columns and the one naming whom it concerns.
 */
@MappedSuperclass
public abstract class Merit extends IdentifiedEntity {
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

    protected Merit() {
    }

    protected Merit(MeritKind kind, LocalDate occurredOn, String reason, Instant recordedAt, String recordedBy) {
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public MeritKind kind() {
        return kind;
    }

    /** The (Beijing) day the merit or fault happened. */
    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String reason() {
        return reason;
    }

    /** The username of who recorded it. */
    public String recordedBy() {
        return recordedBy;
    }
}
