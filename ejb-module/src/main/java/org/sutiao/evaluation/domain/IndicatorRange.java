package org.sutiao.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One indicator in a version of the set: its weight (points) and reference range [min, max], both ends included. */
@Embeddable
public class IndicatorRange {
    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private Indicator code;
    @Column(nullable = false)
    private int weight;
    @Column(name = "range_min", nullable = false, precision = 12, scale = 4)
    private BigDecimal min;
    @Column(name = "range_max", nullable = false, precision = 12, scale = 4)
    private BigDecimal max;

    protected IndicatorRange() {
    }

    public IndicatorRange(Indicator code, int weight, BigDecimal min, BigDecimal max) {
        this.code = code;
        this.weight = weight;
        this.min = min;
        this.max = max;
    }

    /** True when {@code value} lies within the range, ends included. */
    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public Indicator code() {
        return code;
    }

    public int weight() {
        return weight;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }
}
