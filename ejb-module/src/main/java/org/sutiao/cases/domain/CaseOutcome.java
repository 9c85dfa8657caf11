package org.sutiao.cases.domain;

/**
 * How a case ended, decided here once for the API, the case lists and the evaluation (issue 11 §2: "The case
 * metadata gets {@code outcome} so anyone can check the figures"). Null while the case is open.
 */
public enum CaseOutcome {
    /** Settled with every claim (the agreement's scope FULL). */
    SETTLED_FULL,
    /** Settled with part of the claims (scope PARTIAL); the unsettled part goes back to the court. */
    SETTLED_PARTIAL,
    /** Mediation ended without agreement (the mediator's finding or the period expired). */
    FAILED,
    /** A party withdrew. */
    WITHDRAWN,
    /** A direct application's respondent refused or did not answer within the consent period. */
    CONSENT_REFUSED,
    /** The center declined the offer (until the court refers the case again). */
    DECLINED;

    /**
     * The outcome of a case from its status, the scope of its agreement and its failure code. A settlement's scope is
     * the one recorded when the agreement took effect ({@link MediationCase#settle}: FULL when every claim is settled,
     * else PARTIAL). A closed case keeps the outcome it was closed from: a failure code means FAILED (or
     * CONSENT_REFUSED for a respondent's refusal or silence), a settled scope the settlement. Null while open.
     */
    public static CaseOutcome of(CaseStatus status, AgreementScope settledScope, FailureReason failure) {
        boolean refused = failure == FailureReason.RESPONDENT_REFUSED || failure == FailureReason.RESPONDENT_NO_ANSWER;
        return switch (status) {
            case PENDING_ACCEPTANCE, PENDING_CONSENT, IN_MEDIATION, SUSPENDED -> null;
            case DECLINED -> DECLINED;
            case CONSENT_REFUSED -> CONSENT_REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            case FAILED -> FAILED;
            case SETTLED -> settled(settledScope);
            case CLOSED -> refused ? CONSENT_REFUSED : failure != null ? FAILED : settled(settledScope);
        };
    }

    private static CaseOutcome settled(AgreementScope scope) {
        if (scope == null) {
            return null;
        }
        return scope == AgreementScope.FULL ? SETTLED_FULL : SETTLED_PARTIAL;
    }

    /** True for the outcomes that conclude a case in the evaluation (all but DECLINED: the court may refer again). */
    public boolean concludes() {
        return this != DECLINED;
    }

    /** True for a full or partial settlement. */
    public boolean settled() {
        return this == SETTLED_FULL || this == SETTLED_PARTIAL;
    }
}
