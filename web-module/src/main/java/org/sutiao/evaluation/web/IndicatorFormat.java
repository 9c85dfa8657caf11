package org.sutiao.evaluation.web;

import org.sutiao.evaluation.domain.CenterConstruction;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the figures pages show an indicator: rates as percentages with 1 place, days and scores with 2 places, "–"
 * without data; its reference range in the set in effect; whether a value lies outside it.
 */
final class IndicatorFormat {
    /** A range maximum at or above this has no real upper bound ("at least"). */
    static final BigDecimal UNBOUNDED = new BigDecimal("99999999");

    private IndicatorFormat() {
    }

    /** The value of {@code code} over {@code counts}, formatted. */
    static String value(Counts counts, Indicator code) {
        return format(code, counts == null ? null : code.valueOf(counts));
    }

    static String format(Indicator code, BigDecimal v) {
        if (v == null) {
            return "–";
        }
        return switch (code) {
            case MEAN_DURATION_DAYS, MEDIAN_DURATION_DAYS, SATISFACTION_MEAN, MEAN_ACCEPTANCE_DAYS, TRAINING_HOURS_MEAN ->
                    v.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case VENUES, OPEN_PAST_DUE -> v.setScale(0, RoundingMode.HALF_UP).toPlainString();
            default -> v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        };
    }

    /**
     * The range of {@code code} in {@code set}, e.g. "90.0%–100.0%", or "≥ 24.00" when it has no real upper bound;
     * empty when the set has none.
     */
    static String range(IndicatorSet set, Indicator code) {
        IndicatorRange r = item(set, code);
        if (r == null) {
            return "";
        }
        return r.max().compareTo(UNBOUNDED) >= 0 ? "≥ " + format(code, r.min())
                : format(code, r.min()) + "–" + format(code, r.max());
    }

    /** The value of a construction indicator, formatted. */
    static String value(CenterConstruction c, Indicator code) {
        return format(code, c == null ? null : c.valueOf(code));
    }

    /** True when the construction value has data and lies outside its range in {@code set}. */
    static boolean outOfRange(IndicatorSet set, CenterConstruction c, Indicator code) {
        IndicatorRange r = item(set, code);
        BigDecimal v = c == null ? null : c.valueOf(code);
        return r != null && v != null && !r.contains(v);
    }

    /** True when the value has data and lies outside its range in {@code set}. */
    static boolean outOfRange(IndicatorSet set, Counts counts, Indicator code) {
        IndicatorRange r = item(set, code);
        BigDecimal v = counts == null ? null : code.valueOf(counts);
        return r != null && v != null && !r.contains(v);
    }

    /** The value of a count read apart from the counters (e.g. {@link Indicator#OPEN_PAST_DUE}), formatted. */
    static String value(long count, Indicator code) {
        return format(code, BigDecimal.valueOf(count));
    }

    /** True when the count lies outside the range of {@code code} in {@code set}. */
    static boolean outOfRange(IndicatorSet set, long count, Indicator code) {
        IndicatorRange r = item(set, code);
        return r != null && !r.contains(BigDecimal.valueOf(count));
    }

    private static IndicatorRange item(IndicatorSet set, Indicator code) {
        return set == null ? null : set.items().stream().filter(x -> x.code() == code).findFirst().orElse(null);
    }
}
