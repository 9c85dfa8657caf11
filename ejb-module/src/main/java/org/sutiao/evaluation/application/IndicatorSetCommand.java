package org.sutiao.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A new version of the indicator set as HQ submits it; validated by {@code IndicatorSet}. */
public record IndicatorSetCommand(LocalDate effectiveFrom, Integer excellentFrom, Integer goodFrom,
                                  List<Item> indicators) {

    /** One indicator: its code (an {@code Indicator} name), weight and range. */
    public record Item(String code, Integer weight, BigDecimal min, BigDecimal max) {
    }
}
