package org.sutiao.warning.application;

import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.warning.domain.DayUnit;
import org.sutiao.warning.domain.WarningKind;
import org.sutiao.warning.domain.WarningRules;

import java.time.LocalDate;

/**
 * One early warning: a case's metadata (never its parties, facts or texts: safe for the metadata-only roles,
 * DESIGN.md §4) and the deadline it nears.
 *
 * @param dueDate          the last day of the period watched (for {@link WarningKind#STALLED}: the day the case
 *                         reached the threshold's days in mediation)
 * @param daysLeft         days after today up to {@code dueDate} in {@code unit}: 0 on the day, negative once passed
 * @param dueDateProvisional the due date reaches into a year whose holiday notice is not loaded yet
 */
public record Warning(Long caseId, String caseNumber, WarningKind kind, LocalDate dueDate, int daysLeft, DayUnit unit,
                      boolean dueDateProvisional, CaseStatus status, String courtCaseNumber, String courtCode,
                      String courtName, String centerCode, String centerName, String mediatorCode,
                      String mediatorName) implements WarningRules.Urgency {

    /** True once the due date passed. */
    public boolean overdue() {
        return daysLeft < 0;
    }
}
