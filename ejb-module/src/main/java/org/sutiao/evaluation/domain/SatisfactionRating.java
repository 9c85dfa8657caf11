package org.sutiao.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;

/**
 * A party's rating of a concluded case, 1–5 with an optional comment (issue 11 §1): once per party (the unique key
 * {@code case_satisfaction_once}), shown only as aggregates. Equality: identity.
 */
@Entity
@Table(name = "case_satisfaction")
public class SatisfactionRating extends IdentifiedEntity {
    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 1000;

    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "party_id", nullable = false)
    private Long partyId;
    @Column(nullable = false)
    private int score;
    @Column(name = "remark", length = MAX_COMMENT)
    private String comment;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected SatisfactionRating() {
    }

    /**
     * A rating.
     *
     * @throws InvalidInputException {@code score} missing ({@code validation.required}) or outside 1–5;
     *                               {@code comment} over 1000 characters
     */
    public SatisfactionRating(Long caseId, Long partyId, Integer score, String comment, Instant at) {
        if (score == null) {
            throw new InvalidInputException("score", "validation.required");
        }
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "validation.range", 1, 5);
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "validation.size", 0, MAX_COMMENT);
        }
        this.caseId = caseId;
        this.partyId = partyId;
        this.score = score;
        this.comment = c;
        this.ratedAt = at;
    }

    public int score() {
        return score;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
