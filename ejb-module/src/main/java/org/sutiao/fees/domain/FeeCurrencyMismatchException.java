package org.sutiao.fees.domain;

import org.sutiao.shared.domain.ConflictException;

/**
 * A claim is in another currency than the schedule: a schedule charges only amounts in its own currency, so the
 * case cannot be charged by it (code {@code fee.currencyMismatch}; args: claim currency, schedule currency).
 */
public class FeeCurrencyMismatchException extends ConflictException {
    public FeeCurrencyMismatchException(String claimCurrency, String scheduleCurrency) {
        super("fee.currencyMismatch", claimCurrency, scheduleCurrency);
    }
}
