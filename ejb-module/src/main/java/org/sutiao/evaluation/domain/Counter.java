package org.sutiao.evaluation.domain;

import java.util.Locale;

/**
 * The additive counters of the evaluation: each is a column of {@code eval_case_fact} and {@code eval_summary}, so a
 * period's figure is the sum over its months (docs/EVALUATION.md defines each). Durations are in calendar days,
 * satisfaction in points 1–5.
 */
public enum Counter {
    RECEIVED_DELEGATED, RECEIVED_ENTRUSTED, RECEIVED_DIRECT, ACCEPTED, ACCEPTED_ON_TIME, DECLINED,
    DECLINED_OUTSIDE_SCOPE, DECLINED_BEYOND_EXPERTISE, DECLINED_CONFLICT_OF_INTEREST, DECLINED_NO_CAPACITY,
    DECLINED_OTHER, RE_REFERRED, CONCLUDED, SETTLED_FULL, SETTLED_PARTIAL, FAILED, WITHDRAWN, CONSENT_REFUSED,
    DURATION_SUM, DURATION_COUNT, BEYOND_30_DAYS, CONFIRMATIONS_APPLIED, CONFIRMATIONS_VALID, CONFIRMATIONS_REJECTED,
    MEDIATION_DOCUMENTS, OBLIGATIONS_DUE, OBLIGATIONS_PERFORMED_ON_TIME, SATISFACTION_SUM, SATISFACTION_COUNT,
    /** Calendar days from the accepted offer to its acceptance, summed (mean acceptance time = sum / accepted). */
    ACCEPTANCE_DAYS_SUM,
    /** Failed cases by failure reason ({@code FailureReason}; consent refused is its own outcome). */
    FAILED_PERIOD_EXPIRED, FAILED_PARTY_UNREACHABLE, FAILED_PARTY_REFUSED, FAILED_REFUSED_TO_SIGN, FAILED_OTHER,
    /** Failure reports due (on the report's due date) and submitted on or before it. */
    FAILURE_REPORTS_DUE, FAILURE_REPORTS_ON_TIME;

    /** The column of this counter in the fact and summary tables. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
