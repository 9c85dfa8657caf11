package org.sutiao.cases.application;

import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.ReferralKind;

import java.time.LocalDate;

/**
 * Filters of a case list; every field optional.
 *
 * @param text       part of our case number or of the court's case number
 * @param pushedFrom first push date (Beijing), inclusive
 * @param pushedTo   last push date (Beijing), inclusive
 */
public record CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                         LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue) {
    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null);
}
