package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A mediator's attendance of a course, with the hours credited (at most the course's). */
@Entity
@Table(name = "training_attendance")
@NamedQuery(name = "TrainingAttendance.byMediator",
        query = "select a from TrainingAttendance a join fetch a.course c where a.mediator = :mediator order by c.heldOn desc")
@NamedQuery(name = "TrainingAttendance.byCourse",
        query = "select a from TrainingAttendance a join fetch a.mediator m where a.course = :course order by m.code")
@NamedQuery(name = "TrainingAttendance.exists",
        query = "select count(a) from TrainingAttendance a where a.course = :course and a.mediator = :mediator")
public class TrainingAttendance extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private TrainingCourse course;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected TrainingAttendance() {
    }

    public TrainingAttendance(TrainingCourse course, Mediator mediator, BigDecimal hours, Instant recordedAt,
                              String recordedBy) {
        this.course = course;
        this.mediator = mediator;
        this.hours = hours;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public TrainingCourse course() {
        return course;
    }

    public Mediator mediator() {
        return mediator;
    }

    public BigDecimal hours() {
        return hours;
    }
}
