package org.sutiao.warning.application;

import org.sutiao.warning.domain.DayUnit;
import org.sutiao.warning.domain.WarningKind;

/**
 * How many warnings of a kind the caller has, with the threshold they were found with.
 *
 * @param count counted up to {@link WarningService#COUNT_CAP}
 * @param exact false when the count is the cap and more match
 */
public record WarningCount(WarningKind kind, long count, boolean exact, int thresholdDays, DayUnit unit) {
}
