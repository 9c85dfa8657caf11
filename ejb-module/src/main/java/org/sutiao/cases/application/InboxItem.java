package org.sutiao.cases.application;

import org.sutiao.cases.domain.InboxAction;

import java.time.LocalDate;

/**
 * One entry of a caller's inbox: the case, the action that waits for the caller, and the date it is due by (null
 * when the action has no deadline of its own).
 *
 * @param dueDateProvisional true when the due date lies in a year whose holiday notice is not loaded (computed with
 *                           weekends and statutory holidays only; recomputed when the year is loaded)
 */
public record InboxItem(CaseSummary summary, InboxAction action, LocalDate dueDate, boolean dueDateProvisional) {
}
