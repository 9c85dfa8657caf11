package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A training course for mediators (notice 法办〔2024〕623号 §5(5)) organised by HQ ({@link #organizer()} null) or by
 * a center: title, provider, date and length in hours (one decimal).
 */
@Entity
@Table(name = "training_course")
@NamedQuery(name = "TrainingCourse.all", query = "select t from TrainingCourse t order by t.heldOn desc, t.id desc")
@NamedQuery(name = "TrainingCourse.byOrganizer",
        query = "select t from TrainingCourse t where t.organizer.code = :centerCode order by t.heldOn desc, t.id desc")
public class TrainingCourse extends VersionedEntity {
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 200)
    private String provider;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organizer_center_id")
    private MediationCenter organizer;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected TrainingCourse() {
    }

    /** @param organizer the organising center, or null for HQ */
    public TrainingCourse(String title, String provider, MediationCenter organizer, LocalDate heldOn,
                          BigDecimal hours, Instant recordedAt, String recordedBy) {
        this.title = title;
        this.provider = provider;
        this.organizer = organizer;
        this.heldOn = heldOn;
        this.hours = hours;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String title() {
        return title;
    }

    public String provider() {
        return provider;
    }

    /** The organising center, or null when HQ organised it. */
    public MediationCenter organizer() {
        return organizer;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
