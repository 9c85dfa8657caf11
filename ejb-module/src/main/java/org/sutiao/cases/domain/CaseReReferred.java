package org.sutiao.cases.domain;

/**
 * A court referred a declined or lapsed case to a center again ({@link MediationCase#referAgain}), so the case's
 * center may have changed. Fired synchronously by the acceptance service inside its transaction; observers (the
 * subsidies' copy of the case's center) write in the same transaction.
 *
 * @param caseId the case, now offered to {@code centerId}
 */
public record CaseReReferred(Long caseId, Long centerId) {
}
