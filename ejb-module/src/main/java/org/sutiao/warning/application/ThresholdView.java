package org.sutiao.warning.application;

import org.sutiao.warning.domain.DayUnit;
import org.sutiao.warning.domain.WarningKind;

import java.time.Instant;

/**
 * A kind's threshold as read: days ahead in {@code unit}, the allowed bounds, and who set it when (null for the
 * shipped value).
 */
public record ThresholdView(WarningKind kind, int days, DayUnit unit, int minDays, int maxDays, Instant updatedAt,
                            String updatedBy) {
}
