package org.sutiao.warning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;

/**
 * How many days ahead a kind of early warning starts (table {@code warning_threshold}, V27: one row per
 * {@link WarningKind}, edited by HQ). Identified by its kind (equality: identity, as every entity here).
 */
@Entity
@Table(name = "warning_threshold")
@NamedQuery(name = "WarningThreshold.all", query = "select t from WarningThreshold t")
public class WarningThreshold {
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private WarningKind kind;
    @Version
    private long version;
    @Column(nullable = false)
    private int days;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected WarningThreshold() {
    }

    /**
     * @throws InvalidInputException {@code validation.range} on {@code days} outside the kind's bounds
     */
    public WarningThreshold(WarningKind kind, int days, Instant at, String by) {
        this.kind = kind;
        change(days, at, by, "days");
    }

    /**
     * Sets the threshold.
     *
     * @param field the field named in the error
     * @throws InvalidInputException {@code validation.range} when {@code days} lies outside
     *                               {@link WarningKind#minDays()}–{@link WarningKind#maxDays()}
     */
    public void change(int days, Instant at, String by, String field) {
        if (days < kind.minDays() || days > kind.maxDays()) {
            throw new InvalidInputException(field, "validation.range", kind.minDays(), kind.maxDays());
        }
        this.days = days;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public WarningKind kind() {
        return kind;
    }

    public int days() {
        return days;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
