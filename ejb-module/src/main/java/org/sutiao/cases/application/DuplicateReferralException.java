package org.sutiao.cases.application;

import org.sutiao.shared.domain.ConflictException;

/**
 * A concurrent push of the same referral (same court case number or idempotency key) was stored first; the
 * intake answers with that case instead (HTTP 409 only if it cannot be found).
 */
public class DuplicateReferralException extends ConflictException {
    public DuplicateReferralException(String courtCaseNumber) {
        super("referral.duplicate", courtCaseNumber);
    }
}
