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
    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
    }

    /**
     * An amount given as input, held to the {@link MoneyPolicy}.
     *
     * @param amount   non-negative, at most the currency's minor unit in decimals (at most 2; none for JPY), at most
     *                 the policy's cap ({@link MoneyPolicy#cap})
     * @param currency ISO 4217 code in use such as {@code CNY}, {@code USD}
     * @throws InvalidInputException on {@code amount} when negative, too precise or above the cap; on
     *                               {@code currency} when it is unknown or not money in use
     */
    public Money(BigDecimal amount, String currency) {
        if (amount == null) {
            throw new InvalidInputException("amount", "validation.money.format");
        }
        this.currency = checkCurrency(currency);
        InvalidInputException.FieldError e = MoneyPolicy.check("amount", amount, this.currency,
                MoneyPolicy.Sign.ZERO_ALLOWED);
        if (e != null) {
            throw new InvalidInputException(java.util.List.of(e));
        }
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * An amount the platform stored or computed itself (a case's fee, a total of subsidies): not an input, so not
     * held to the plausibility cap (a stored value must always read back).
     */
    public static Money stored(BigDecimal amount, String currency) {
        Money m = new Money();
        m.amount = amount.setScale(2, RoundingMode.HALF_UP);
        m.currency = currency;
        return m;
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

    /**
     * The one display format of an amount (issue 12): {@code ¥80,000.00} in yuan, another currency by its code
     * ({@code USD 12,500.00}); grouping by thousands and two decimals.
     */
    public String display() {
        return display(amount, currency);
    }

    /** {@link #display()} of an amount in a currency (ISO 4217 code; {@code CNY} when null). */
    public static String display(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        String text = f.format(amount);
        return currency == null || "CNY".equals(currency) ? "¥" + text : currency + " " + text;
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
