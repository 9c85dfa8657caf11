package org.sutiao.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of the indicator set (issue 11 §1): for each indicator a weight and a reference range, and the grade
 * thresholds. A version is never changed; HQ adds a new one effective from a later date, so past results keep the
 * version they were computed with. A period is judged by the version in effect on its last day. Equality: identity.
 */
@Entity
@Table(name = "indicator_set")
@NamedQuery(name = "IndicatorSet.all", query = "select s from IndicatorSet s order by s.version desc")
@NamedQuery(name = "IndicatorSet.inEffect",
        query = "select s from IndicatorSet s where s.effectiveFrom <= :day order by s.effectiveFrom desc")
public class IndicatorSet extends IdentifiedEntity {
    @Column(nullable = false)
    private int version;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "excellent_from", nullable = false)
    private int excellentFrom;
    @Column(name = "good_from", nullable = false)
    private int goodFrom;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_set_item", joinColumns = @JoinColumn(name = "set_id"))
    @OrderBy("code")
    private List<IndicatorRange> items = new ArrayList<>();

    protected IndicatorSet() {
    }

    /**
     * A new version, validated.
     *
     * @param today  the Beijing date today: a version takes effect after it, never in the past
     * @param latest the latest version so far (its effective date must be before this one's), or null
     * @throws InvalidInputException naming the field: {@code effectiveFrom} missing, not after today or not after the
     *                               latest version's; {@code excellentFrom}/{@code goodFrom} not 0 &lt; good &lt;
     *                               excellent ≤ 100; {@code indicators} empty, an indicator twice, a weight below 0,
     *                               every weight 0, or a range with min &gt; max
     */
    public IndicatorSet(IndicatorSet latest, LocalDate effectiveFrom, Integer excellentFrom, Integer goodFrom,
                        List<IndicatorRange> items, LocalDate today, Instant at, String by) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (effectiveFrom == null) {
            errors.add(new InvalidInputException.FieldError("effectiveFrom", "validation.required"));
        } else if (!effectiveFrom.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("effectiveFrom", "indicatorSet.notInFuture"));
        } else if (latest != null && !effectiveFrom.isAfter(latest.effectiveFrom)) {
            errors.add(new InvalidInputException.FieldError("effectiveFrom", "indicatorSet.notAfterLatest",
                    latest.effectiveFrom));
        }
        if (excellentFrom == null || excellentFrom > 100 || goodFrom != null && excellentFrom <= goodFrom) {
            errors.add(new InvalidInputException.FieldError("excellentFrom", "indicatorSet.thresholds"));
        }
        if (goodFrom == null || goodFrom <= 0) {
            errors.add(new InvalidInputException.FieldError("goodFrom", "indicatorSet.thresholds"));
        }
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        int total = 0;
        if (items == null || items.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("indicators", "validation.required"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                IndicatorRange r = items.get(i);
                String f = "indicators[" + i + "]";
                if (r == null || r.code() == null) {
                    errors.add(new InvalidInputException.FieldError(f + ".code", "indicatorSet.unknownIndicator"));
                    continue;
                }
                if (!seen.add(r.code())) {
                    errors.add(new InvalidInputException.FieldError(f + ".code", "indicatorSet.duplicate"));
                }
                if (r.weight() < 0) {
                    errors.add(new InvalidInputException.FieldError(f + ".weight", "indicatorSet.weight"));
                }
                total += Math.max(0, r.weight());
                if (r.min() == null || r.max() == null || r.min().compareTo(r.max()) > 0) {
                    errors.add(new InvalidInputException.FieldError(f + ".min", "indicatorSet.range"));
                }
            }
            if (total == 0) {
                errors.add(new InvalidInputException.FieldError("indicators", "indicatorSet.noWeight"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.version = latest == null ? 1 : latest.version + 1;
        this.effectiveFrom = effectiveFrom;
        this.excellentFrom = excellentFrom;
        this.goodFrom = goodFrom;
        this.items = new ArrayList<>(items);
        this.createdAt = at;
        this.createdBy = by;
    }

    /** The subject's scorecard over the summed counts of a period (no figure of the open cases). */
    public Scorecard score(Counts counts) {
        return score(counts, null);
    }

    /**
     * The subject's scorecard over the summed counts of a period and its open cases past their due date now.
     *
     * @param openPastDue the subject's open cases past their due date today ({@link Indicator#OPEN_PAST_DUE}), or
     *                    null when not known (the indicator then has no value: it neither scores nor is out of range)
     */
    public Scorecard score(Counts counts, Long openPastDue) {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            values.put(i, i.valueOf(counts));
        }
        values.put(Indicator.OPEN_PAST_DUE, openPastDue == null ? null : BigDecimal.valueOf(openPastDue));
        long weighed = 0;
        long within = 0;
        List<String> out = new ArrayList<>();
        for (IndicatorRange r : items) {
            BigDecimal v = values.get(r.code());
            if (v == null) {
                continue;
            }
            weighed += r.weight();
            if (r.contains(v)) {
                within += r.weight();
            } else {
                out.add(r.code().name());
            }
        }
        if (weighed == 0) {
            return new Scorecard(values, null, null, out);
        }
        int score = BigDecimal.valueOf(within * 100).divide(BigDecimal.valueOf(weighed), 0, RoundingMode.HALF_UP)
                .intValue();
        return new Scorecard(values, score, grade(score), out);
    }

    /** The grade of a score by this version's thresholds. */
    public Grade grade(int score) {
        return score >= excellentFrom ? Grade.EXCELLENT : score >= goodFrom ? Grade.GOOD : Grade.FAIL;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int excellentFrom() {
        return excellentFrom;
    }

    public int goodFrom() {
        return goodFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<IndicatorRange> items() {
        return List.copyOf(items);
    }
}
