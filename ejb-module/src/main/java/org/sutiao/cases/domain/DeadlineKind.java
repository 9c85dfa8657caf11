package org.sutiao.cases.domain;

/** What a deadline row watches: the acceptance decision, the reminder on its last working day, the mediation period. */
public enum DeadlineKind {
    ACCEPTANCE, ACCEPTANCE_REMINDER, MEDIATION
}
