package org.sutiao.identity.domain;

/**
 * How a PARTY account proved the identity it acts by (人民法院在线调解规则 Art. 17; notice 法办〔2024〕623号 §2(1):
 * case information reaches no one without a role in the case).
 */
public enum IdentityProof {
    /**
     * A confirmation code sent to the contact details that a court or an applicant recorded for that identity
     * (party or appointed agent) was entered: the account sees every case of that identity.
     */
    RECORDS,
    /**
     * No case recorded the identity when it was confirmed; the code went to the service address the party gave. The
     * account sees only the cases it applied for itself until it proves the identity by the records.
     */
    DECLARED
}
