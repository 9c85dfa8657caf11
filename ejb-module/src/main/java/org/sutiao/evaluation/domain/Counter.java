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
    MEDIATION_DOCUMENTS, OBLIGATIONS_DUE, OBLIGATIONS_PERFORMED_ON_TIME, SATISFACTION_SUM, SATISFACTION_COUNT;

    /** The column of this counter in the fact and summary tables. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
