package org.sutiao.cases.domain;

/**
 * What a deadline row watches: the acceptance decision and its reminder on the last working day; the mediation
 * period and its reminders 5 and 1 days before; the failure report due 3 working days after mediation failed; each
 * obligation's due date (a reminder); the court's 30 days to rule on a judicial confirmation.
 */
public enum DeadlineKind {
    ACCEPTANCE, ACCEPTANCE_REMINDER, MEDIATION, MEDIATION_REMINDER, FAILURE_REPORT, OBLIGATION_DUE,
    CONFIRMATION_REVIEW,
    /** The respondents' 3 working days to consent to a direct application (在线调解规则 Art. 15). */
    RESPONDENT_CONSENT
}
