package org.sutiao.cases.application;

/**
 * @param caseId  our case id
 * @param created false when the push was a retry and the existing case is returned
 */
public record ReferralResult(Long caseId, boolean created) {
}
