package org.sutiao.cases.application;

/**
 * @param caseId  our case id
 * @param created false when the push was a retry and the existing case is returned
 * @param detail  the new case as its referrer reads it ({@link CaseQueryService#detail}, scope checked), built in
 *                the referral's own transaction from what it just stored; null for an existing case
 */
public record ReferralResult(Long caseId, boolean created, CaseDetail detail) {
    /** A result without the case's detail. */
    public ReferralResult(Long caseId, boolean created) {
        this(caseId, created, null);
    }
}
