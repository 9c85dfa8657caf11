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
 * @param mediatorCode the current mediator's code (issue 11 §2: the evaluation's drill-down to a mediator's cases;
 *                     served by the index {@code case_mediator_pushed})
 */
public record CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                         LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue, String mediatorCode) {
    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null, null);

    /** A filter without a mediator. */
    public CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                      LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue) {
        this(status, kind, courtCode, centerCode, text, pushedFrom, pushedTo, overdue, null);
    }
}
