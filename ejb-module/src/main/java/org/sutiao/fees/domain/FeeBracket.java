package org.sutiao.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One progressive bracket of a schedule: the part of the total claim amount within {@code [lowerBound, upperBound)}
 * (major units of the schedule's currency) is charged at {@code ratePercent} percent; {@code upperBound} null means
 * open (only the last bracket). Immutable value; equal when bounds and rate are numerically equal. Stored in
 * {@code fee_bracket}, in order (column {@code seq}, from 0).
 */
@Embeddable
public class FeeBracket {
    @Column(name = "lower_bound", nullable = false, precision = 19, scale = 2)
    private BigDecimal lowerBound;
    @Column(name = "upper_bound", precision = 19, scale = 2)
    private BigDecimal upperBound;
    @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal ratePercent;

    protected FeeBracket() {
    }

    /**
     * An unnumbered bracket as entered; checked as a whole by {@link FeeTerms#validate()}.
     *
     * @param upperBound exclusive, or null for an open last bracket
     * @param ratePercent 0 to 100, up to 4 decimals ({@code 1.5} = 1.5 %)
     */
    public FeeBracket(BigDecimal lowerBound, BigDecimal upperBound, BigDecimal ratePercent) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.ratePercent = ratePercent;
    }

    /** A copy, as stored with a published schedule (embeddables are never shared between owners). */
    FeeBracket copy() {
        return new FeeBracket(lowerBound, upperBound, ratePercent);
    }

    /** Inclusive lower bound, major units. */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /** Exclusive upper bound, major units; null when open. */
    public BigDecimal upperBound() {
        return upperBound;
    }

    /** Percent charged on the part of the amount inside the bracket. */
    public BigDecimal ratePercent() {
        return ratePercent;
    }

    public boolean open() {
        return upperBound == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeeBracket b && cmp(lowerBound, b.lowerBound) && cmp(upperBound, b.upperBound)
                && cmp(ratePercent, b.ratePercent);
    }

    private static boolean cmp(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(strip(lowerBound), strip(upperBound), strip(ratePercent));
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    @Override
    public String toString() {
        return "[" + lowerBound + ", " + (upperBound == null ? "∞" : upperBound) + ") " + ratePercent + "%";
    }
}
