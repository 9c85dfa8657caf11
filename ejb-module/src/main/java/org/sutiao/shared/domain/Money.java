package org.sutiao.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An amount of money in major units (yuan, dollars, euros) as {@link BigDecimal} with scale 2, with its ISO 4217
 * currency. Never a double. Value object: equal when amount and currency are equal.
 */
@Embeddable
public class Money {
    /** Digits the columns hold: NUMERIC(19, 2), up to 99 999 999 999 999 999.99. */
    static final int MAX_PRECISION = 19;
    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
    }

    /**
     * @param amount   non-negative, at most two decimal places
     * @param currency ISO 4217 code such as {@code CNY}, {@code USD}
     * @throws InvalidInputException when the amount is negative, has more decimals than the currency's minor unit
     *                               (at most 2; none for JPY), exceeds 19 digits, or the currency is unknown
     */
    public Money(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInputException("amount", "validation.money.negative");
        }
        this.currency = checkCurrency(currency);
        int minorDigits = Math.max(0, Currency.getInstance(this.currency).getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > Math.min(2, minorDigits)) {
            throw new InvalidInputException("amount", "validation.money.scale", Math.min(2, minorDigits));
        }
        if (amount.setScale(2, RoundingMode.UNNECESSARY).precision() > MAX_PRECISION) {
            throw new InvalidInputException("amount", "validation.money.tooLarge");
        }
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a decimal string such as {@code "452000.00"}; see {@link #Money(BigDecimal, String)}. */
    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("amount", "validation.money.format");
        }
    }

    private static String checkCurrency(String code) {
        if (!inUse(code)) {
            throw new InvalidInputException("currency", "validation.money.currency", String.valueOf(code));
        }
        return code;
    }

    /**
     * True when {@code code} is an ISO 4217 currency in use as money today: known to the JDK's ISO 4217 table,
     * in upper case, with a minor unit (which leaves out XXX "no currency", XTS "testing", the precious metals
     * XAU, XAG, XPT, XPD and the units XDR, XSU, XUA, XBA–XBD), and not one of the fund codes or the codes withdrawn
     * from ISO 4217 list one that the JDK still knows ({@link #NOT_IN_USE}). Source: ISO 4217 list one (current
     * currency and funds), issue 9 §4.
     */
    public static boolean inUse(String code) {
        if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))
                || NOT_IN_USE.contains(code)) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Codes the JDK knows that are not money in use: fund and unit-of-account codes (BOV, CHE, CHW, CLF, COU, MXV,
     * USN, UYI, UYW) and historic codes replaced by another currency (ISO 4217 list three).
     */
    private static final Set<String> NOT_IN_USE = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV",
            "USN", "USS", "UYI", "UYW", "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "CSD", "CUC", "CYP", "DEM",
            "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO",
            "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SLL", "SRG", "STD", "TMM", "TPE", "TRL",
            "VEB", "VEF", "YUM", "ZMK", "ZWD", "ZWN", "ZWR");

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** Plain decimal string with two places, as on the wire: {@code "452000.00"}. */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0 && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return currency + " " + amountText();
    }
}
