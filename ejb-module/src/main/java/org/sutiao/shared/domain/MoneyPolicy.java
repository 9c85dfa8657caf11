package org.sutiao.shared.domain;

import org.sutiao.shared.domain.InvalidInputException.FieldError;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What an amount of money given by a person may be, decided here once for every money input (claims, claim
 * totals, subsidies, fee schedules, fee shares, agreement obligations) — {@link Money}'s constructor, the fee and
 * agreement rules and the API's wire check ({@code MoneyScan}) all ask this class (issue 9 §4, plausible values):
 * <ul>
 * <li>not negative (or more than zero where the rule says so);</li>
 * <li>at most the currency's minor unit in decimals, and never more than 2 (CNY 2, JPY 0);</li>
 * <li>at most a plausible cap: 10^11 major units (1000 亿元; the largest commercial claims before Chinese courts
 * are in the tens of billions of yuan) for currencies with a minor unit of 2 or 3 digits, 10^13 for those without
 * one (JPY, KRW, VND: a unit worth around a hundredth of a yuan or less). An amount whose currency is not known yet
 * (a bare amount on the wire) is held to the largest cap; the currency's own cap follows where it is known.</li>
 * </ul>
 * Amounts already stored or computed (fee totals, statistics) are not inputs and are not held to the cap.
 */
public final class MoneyPolicy {
    /** The cap of currencies with a two- or three-digit minor unit, major units: 10^11. */
    public static final BigDecimal CAP = new BigDecimal("100000000000");
    /** The cap when the currency has no minor unit, or is not known yet: 10^13. */
    public static final BigDecimal CAP_WITHOUT_MINOR_UNIT = new BigDecimal("10000000000000");

    /** Whether zero is a plausible amount of the field (a minimum fee) or not (a subsidy, an obligation). */
    public enum Sign {
        ZERO_ALLOWED, POSITIVE
    }

    private MoneyPolicy() {
    }

    /** The decimals amounts of {@code currency} may have: its minor unit, at most 2; 2 when unknown. */
    public static int decimals(String currency) {
        try {
            return currency == null ? 2 : Math.min(2, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** The largest plausible amount of {@code currency} in major units; the largest of all when unknown (null). */
    public static BigDecimal cap(String currency) {
        if (currency == null) {
            return CAP_WITHOUT_MINOR_UNIT;
        }
        try {
            return Currency.getInstance(currency).getDefaultFractionDigits() == 0 ? CAP_WITHOUT_MINOR_UNIT : CAP;
        } catch (IllegalArgumentException e) {
            return CAP_WITHOUT_MINOR_UNIT;
        }
    }

    /**
     * The first rule {@code amount} breaks, as an error on {@code field}, or null when it is plausible.
     *
     * @param amount   the amount in major units; null is left to the field's "required" rule (returns null)
     * @param currency an ISO 4217 code, or null when not known yet
     */
    public static FieldError check(String field, BigDecimal amount, String currency, Sign sign) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            return new FieldError(field, "validation.money.negative");
        }
        if (sign == Sign.POSITIVE && amount.signum() == 0) {
            return new FieldError(field, "validation.money.positive");
        }
        int decimals = decimals(currency);
        if (amount.stripTrailingZeros().scale() > decimals) {
            return new FieldError(field, "validation.money.scale", decimals);
        }
        BigDecimal cap = cap(currency);
        if (amount.compareTo(cap) > 0) {
            return new FieldError(field, "validation.money.tooLarge", cap.toPlainString(),
                    currency == null ? "" : currency);
        }
        return null;
    }

    /** Parses a decimal string ({@code "452000.00"}); null for null or blank; throws {@code validation.money.format}. */
    public static BigDecimal parse(String field, String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.money.format");
        }
    }
}
