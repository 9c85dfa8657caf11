package org.sutiao.cases.domain;

/**
 * Why mediation ended without (full) settlement (在线调解规则 Art. 25): the period expired without result or
 * extension, a party could not be reached, a party refused to go on, a party refused to sign the agreement, every
 * party did not accept a disclosed conflict and no replacement was possible, or another reason stated in words.
 */
public enum FailureReason {
    PERIOD_EXPIRED, PARTY_UNREACHABLE, PARTY_REFUSED, REFUSED_TO_SIGN, OTHER,
    /** A respondent refused a direct application (在线调解规则 Art. 15). */
    RESPONDENT_REFUSED,
    /** A respondent did not answer a direct application within 3 working days (在线调解规则 Art. 15). */
    RESPONDENT_NO_ANSWER
}
