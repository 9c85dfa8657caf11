package org.sutiao.identity.domain;

/**
 * How a PARTY account proved the identity it acts by (人民法院在线调解规则 Art. 17; notice 法办〔2024〕623号 §2(1):
 * case information reaches no one without a role in the case), strongest first. A stronger proof of an identity
 * withdraws a weaker one that another account holds; an equal or weaker one cannot take it.
 */
public enum IdentityProof {
    /**
     * A code sent to contact details that a court recorded for the identity (party or appointed agent) was entered:
     * the account sees every case of that identity.
     */
    RECORDS,
    /**
     * No court recorded the identity, but another party's direct application did, with contact details of that
     * applicant's giving; a code sent there was entered. The account sees only the cases that record the identity
     * with that same contact (an applicant who wrote its own address for a company it names gains nothing beyond its
     * own application), and its own applications.
     */
    APPLICANT,
    /**
     * No case recorded the identity when it was confirmed; the code went to the service address the party gave. The
     * account sees only the cases it applied for itself until it proves the identity by the records.
     */
    DECLARED;

    /** True when this proof is stronger than {@code other} (null, no proof, is the weakest). */
    public boolean strongerThan(IdentityProof other) {
        return other == null || ordinal() < other.ordinal();
    }
}
