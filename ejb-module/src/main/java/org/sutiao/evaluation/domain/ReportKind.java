package org.sutiao.evaluation.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The periodic national reports the timer drafts at each period's end (issue 11 §3): the month just ended, and the
 * quarter when that month closes one. HQ's own reports have no kind.
 */
public enum ReportKind {
    MONTHLY, QUARTERLY;

    /**
     * The periods that ended before {@code today} and are due now: the previous month, and the previous quarter when
     * {@code today} falls in the first month of a quarter. Each period is the first and last day of whole months.
     *
     * @param today the business day in Beijing
     * @return kind → {first day, last day}, monthly first
     */
    public static Map<ReportKind, LocalDate[]> duePeriods(LocalDate today) {
        Map<ReportKind, LocalDate[]> due = new LinkedHashMap<>();
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        due.put(MONTHLY, new LocalDate[]{month, month.with(TemporalAdjusters.lastDayOfMonth())});
        if ((today.getMonthValue() - 1) % 3 == 0) {
            LocalDate quarter = today.withDayOfMonth(1).minusMonths(3);
            due.put(QUARTERLY, new LocalDate[]{quarter, month.with(TemporalAdjusters.lastDayOfMonth())});
        }
        return due;
    }
}
