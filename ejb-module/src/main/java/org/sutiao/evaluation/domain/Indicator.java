package org.sutiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scored indicators (issue 11 §1). Each has a definition in the bundles ({@code indicator.<CODE>.definition},
 * docs/EVALUATION.md) and, per version of the {@link IndicatorSet}, a reference range and a weight. A value is null
 * when its denominator is zero: the indicator then neither scores nor counts against the subject.
 */
public enum Indicator {
    /** Accepted on or before the acceptance due date / accepted (rate 0–1). */
    ACCEPTED_ON_TIME_RATE,
    /** (Settled in full + in part) / concluded (rate 0–1). */
    SUCCESS_RATE,
    /** Mean duration of the concluded cases in calendar days, suspensions excluded. */
    MEAN_DURATION_DAYS,
    /** Median of the same durations. */
    MEDIAN_DURATION_DAYS,
    /** Concluded after more than 30 days / concluded with a duration (rate 0–1). */
    BEYOND_30_DAYS_RATE,
    /** Confirmations ruled valid / ruled (rate 0–1). */
    CONFIRMATION_VALID_RATE,
    /** Obligations due in the period performed on time / due (rate 0–1): settlements that last. */
    PERFORMED_ON_TIME_RATE,
    /** Mean satisfaction score 1–5. */
    SATISFACTION_MEAN,
    /** Mean calendar days from the accepted offer to its acceptance (acceptance time). */
    MEAN_ACCEPTANCE_DAYS,
    /** Failure reports submitted on or before their due date / failure reports due in the period (rate 0–1). */
    FAILURE_REPORT_ON_TIME_RATE,
    /**
     * Open cases past their due date (久调不决 risk; count): in mediation or suspended with the mediation due date before
     * today (Beijing), read now from the open cases ({@link #ofOpenCases()}), whatever the period.
     */
    OPEN_PAST_DUE,
    /** Center construction: the center's fixed venues (count; {@link CenterConstruction}). */
    VENUES,
    /** Center construction: mediators with a certificate valid today / mediators on the roster (rate 0–1). */
    CERTIFICATE_VALID_RATE,
    /** Center construction: recorded training hours per mediator on the roster (hours). */
    TRAINING_HOURS_MEAN;

    /**
     * True for the indicators of center construction, read from the roster ({@link CenterConstruction#valueOf}),
     * not from the cases' counters: their value over counts is always null, so they never score a period.
     */
    public boolean ofConstruction() {
        return this == VENUES || this == CERTIFICATE_VALID_RATE || this == TRAINING_HOURS_MEAN;
    }

    /**
     * True for the indicators read now from the open cases ({@link #OPEN_PAST_DUE}), not from the period's counters:
     * their value over counts is always null; {@link IndicatorSet#score(Counts, Long)} takes it apart.
     */
    public boolean ofOpenCases() {
        return this == OPEN_PAST_DUE;
    }

    /** The indicators computed from the cases' counters, in order. */
    public static java.util.List<Indicator> ofCases() {
        return java.util.Arrays.stream(values()).filter(i -> !i.ofConstruction() && !i.ofOpenCases()).toList();
    }

    /**
     * The indicators of a center's or mediator's row: those of the counters ({@link #ofCases()}), then those read now
     * from the open cases ({@link #ofOpenCases()}), in order.
     */
    public static java.util.List<Indicator> ofRows() {
        return java.util.Arrays.stream(values()).filter(i -> !i.ofConstruction()).toList();
    }

    /** This indicator's value over summed counts: rates with 4 places, days and scores with 2; null without data. */
    public BigDecimal valueOf(Counts c) {
        return switch (this) {
            case ACCEPTED_ON_TIME_RATE -> rate(c.get(Counter.ACCEPTED_ON_TIME), c.get(Counter.ACCEPTED));
            case SUCCESS_RATE -> rate(c.get(Counter.SETTLED_FULL) + c.get(Counter.SETTLED_PARTIAL),
                    c.get(Counter.CONCLUDED));
            case MEAN_DURATION_DAYS -> mean(c.get(Counter.DURATION_SUM), c.get(Counter.DURATION_COUNT));
            case MEDIAN_DURATION_DAYS -> {
                Double m = c.medianDuration();
                yield m == null ? null : BigDecimal.valueOf(m).setScale(2, RoundingMode.HALF_UP);
            }
            case BEYOND_30_DAYS_RATE -> rate(c.get(Counter.BEYOND_30_DAYS), c.get(Counter.DURATION_COUNT));
            case CONFIRMATION_VALID_RATE -> rate(c.get(Counter.CONFIRMATIONS_VALID),
                    c.get(Counter.CONFIRMATIONS_VALID) + c.get(Counter.CONFIRMATIONS_REJECTED));
            case PERFORMED_ON_TIME_RATE -> rate(c.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME),
                    c.get(Counter.OBLIGATIONS_DUE));
            case SATISFACTION_MEAN -> mean(c.get(Counter.SATISFACTION_SUM), c.get(Counter.SATISFACTION_COUNT));
            case MEAN_ACCEPTANCE_DAYS -> mean(c.get(Counter.ACCEPTANCE_DAYS_SUM), c.get(Counter.ACCEPTED));
            case FAILURE_REPORT_ON_TIME_RATE -> rate(c.get(Counter.FAILURE_REPORTS_ON_TIME),
                    c.get(Counter.FAILURE_REPORTS_DUE));
            case VENUES, CERTIFICATE_VALID_RATE, TRAINING_HOURS_MEAN, OPEN_PAST_DUE -> null;
        };
    }

    /** {@code part / whole} with 4 decimal places (half up), null when {@code whole} is 0. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
