package org.sutiao.fees.domain;

import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * The fee of a case under a schedule (notice 法办〔2024〕623号 §5(4): only by the published schedule). Pure functions,
 * no EE API:
 * <ul>
 * <li>claim-amount basis: progressive marginal brackets, each part of the total claim amount within
 * {@code [lower, upper)} charged at that bracket's percent;</li>
 * <li>mediator-hours basis: hours × hourly rate;</li>
 * <li>then the larger of that and the minimum fee, rounded HALF_UP to the currency's minor unit
 * ({@link Currency#getDefaultFractionDigits()}, at most 2: CNY 0.01 yuan, JPY 1 yen).</li>
 * </ul>
 * Amounts are major units (yuan) as BigDecimal.
 */
public final class FeeCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Most hours one case may record (column NUMERIC(7, 2)). */
    public static final BigDecimal MAX_HOURS = new BigDecimal("99999.99");

    private FeeCalculator() {
    }

    /** True when {@code code} is an ISO 4217 currency in use ({@link Money#inUse}: no XXX, XTS, metals or funds). */
    public static boolean isCurrency(String code) {
        return Money.inUse(code);
    }

    /** Decimal places of the currency's minor unit, capped at 2 like {@link Money}: CNY, USD 2; JPY, KRW 0. */
    public static int minorDigits(String currency) {
        return Math.min(2, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }

    /**
     * The total claim amount a schedule charges: the sum of the monetary claims (non-monetary ones are null and
     * count 0).
     *
     * @param currency the schedule's currency
     * @throws FeeCurrencyMismatchException when a claim is in another currency
     */
    public static BigDecimal claimBase(String currency, List<Money> claims) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Money m : claims) {
            if (m == null) {
                continue;
            }
            if (!m.currency().equals(currency)) {
                throw new FeeCurrencyMismatchException(m.currency(), currency);
            }
            sum = sum.add(m.amount());
        }
        return sum.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The unrounded sum over the brackets: for each, {@code (min(amount, upper) − lower) × rate / 100} when the
     * amount exceeds its lower bound. An amount exactly on a bound belongs to the bracket above, which charges
     * nothing on it (a zero-width part).
     */
    public static BigDecimal bracketSum(List<FeeBracket> brackets, BigDecimal amount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FeeBracket b : brackets) {
            if (amount.compareTo(b.lowerBound()) <= 0) {
                break;
            }
            BigDecimal top = b.open() || amount.compareTo(b.upperBound()) < 0 ? amount : b.upperBound();
            sum = sum.add(top.subtract(b.lowerBound()).multiply(b.ratePercent()));
        }
        return sum.divide(HUNDRED);
    }

    /**
     * The fee by claim amount: {@code max(minimum, bracket sum)}, rounded HALF_UP to the currency's minor unit.
     *
     * @throws FeeCurrencyMismatchException when a claim is in another currency than the schedule
     * @throws IllegalArgumentException     when the terms are not of the claim-amount basis
     */
    public static Money byClaims(FeeTerms terms, List<Money> claims) {
        if (terms.basis() != FeeBasis.AMOUNT_BRACKETS) {
            throw new IllegalArgumentException("not a claim-amount schedule: " + terms.basis());
        }
        return finish(terms, bracketSum(terms.brackets(), claimBase(terms.currency(), claims)));
    }

    /**
     * The fee by mediator hours: {@code max(minimum, hours × rate)}, rounded HALF_UP to the currency's minor unit.
     *
     * @param hours 0 to {@link #MAX_HOURS}, at most 2 decimals (1.25 = one hour and a quarter)
     * @throws InvalidInputException    when the hours are missing, negative, too many or too precise ({@code hours})
     * @throws IllegalArgumentException when the terms are not of the hours basis
     */
    public static Money byHours(FeeTerms terms, BigDecimal hours) {
        if (terms.basis() != FeeBasis.MEDIATOR_HOURS) {
            throw new IllegalArgumentException("not an hourly schedule: " + terms.basis());
        }
        checkHours(hours);
        return finish(terms, hours.multiply(terms.hourlyRate()));
    }

    /**
     * Checks recorded mediator hours.
     *
     * @throws InvalidInputException ({@code hours}, {@code fee.hoursInvalid}) unless 0 ≤ hours ≤ 99999.99 with at
     *                               most 2 decimals
     */
    public static void checkHours(BigDecimal hours) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("hours", "fee.hoursInvalid");
        }
    }

    private static Money finish(FeeTerms terms, BigDecimal raw) {
        BigDecimal fee = raw.max(terms.minimumFee()).setScale(minorDigits(terms.currency()), RoundingMode.HALF_UP);
        return Money.stored(fee, terms.currency());
    }

    /**
     * The default split of a fee: equal shares in the currency's minor unit, the remainder (fewer minor units than
     * there are parties) added to the share at {@code remainderTo} (the first applicant), so the shares always add
     * up exactly to the fee.
     *
     * @param parties     number of shares, at least 1
     * @param remainderTo index of the share that takes the remainder
     * @return the shares in major units, scale 2
     */
    public static List<BigDecimal> split(Money fee, int parties, int remainderTo) {
        if (parties < 1 || remainderTo < 0 || remainderTo >= parties) {
            throw new IllegalArgumentException("parties " + parties + ", remainder to " + remainderTo);
        }
        int digits = minorDigits(fee.currency());
        BigDecimal minor = fee.amount().movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY);
        BigDecimal[] division = minor.divideAndRemainder(BigDecimal.valueOf(parties));
        BigDecimal base = division[0].movePointLeft(digits).setScale(2, RoundingMode.UNNECESSARY);
        List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(parties, base));
        shares.set(remainderTo, base.add(division[1].movePointLeft(digits)).setScale(2, RoundingMode.UNNECESSARY));
        return shares;
    }
}
