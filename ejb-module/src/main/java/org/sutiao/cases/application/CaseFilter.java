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
 * @param former     instead of the caller's own cases, the cases a center declined or let lapse and that went
 *                   elsewhere or wait for the court ({@link CaseScope#formerCondition()}, read-only; the list's
 *                   section 已拒绝/已转出, served by the index on the center's offers); no case for other roles
 */
public record CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                         LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue, String mediatorCode,
                         boolean former) {
    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null, null);

    /** A filter of the caller's own cases (not those it declined, {@code former} false). */
    public CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                      LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue, String mediatorCode) {
        this(status, kind, courtCode, centerCode, text, pushedFrom, pushedTo, overdue, mediatorCode, false);
    }

    /** A filter without a mediator. */
    public CaseFilter(CaseStatus status, ReferralKind kind, String courtCode, String centerCode, String text,
                      LocalDate pushedFrom, LocalDate pushedTo, Boolean overdue) {
        this(status, kind, courtCode, centerCode, text, pushedFrom, pushedTo, overdue, null);
    }
}
