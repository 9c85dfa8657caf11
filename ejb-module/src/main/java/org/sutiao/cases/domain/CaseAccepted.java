package org.sutiao.cases.domain;

import java.time.LocalDate;

/**
 * A center accepted a case (notice 法办〔2024〕623号 §4(4)3). Fired synchronously by the acceptance service inside
 * its transaction, after {@link MediationCase#accept}; observers (the case fee) write in the same transaction and
 * must not fail the acceptance for business reasons.
 *
 * @param caseId     the accepted case
 * @param acceptedOn the Beijing calendar date of the acceptance
 */
public record CaseAccepted(Long caseId, LocalDate acceptedOn) {
}
