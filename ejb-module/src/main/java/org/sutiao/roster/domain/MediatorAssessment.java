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

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A periodic assessment of a mediator (特邀调解规定 Art. 11; notice §5(5)): period ({@code 2025}, {@code 2026-H1}),
 * score 0–100 (one decimal), grade and assessor. Append-only.
 */
@Entity
@Table(name = "mediator_assessment")
@NamedQuery(name = "MediatorAssessment.byMediator",
        query = "select a from MediatorAssessment a where a.mediator = :mediator order by a.period desc, a.recordedAt desc")
public class MediatorAssessment extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(nullable = false, length = 20)
    private String period;
    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentGrade grade;
    @Column(nullable = false, length = 100)
    private String assessor;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected MediatorAssessment() {
    }

    public MediatorAssessment(Mediator mediator, String period, BigDecimal score, AssessmentGrade grade,
                              String assessor, Instant recordedAt, String recordedBy) {
        this.mediator = mediator;
        this.period = period;
        this.score = score;
        this.grade = grade;
        this.assessor = assessor;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String period() {
        return period;
    }

    public BigDecimal score() {
        return score;
    }

    public AssessmentGrade grade() {
        return grade;
    }

    public String assessor() {
        return assessor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
