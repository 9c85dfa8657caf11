package org.sutiao.fees.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The fee computation (notice 法办〔2024〕623号 §5(4)): progressive brackets with exact boundaries, the open last
 * bracket, the minimum fee, the hourly basis, HALF_UP rounding to the currency's minor unit (CNY 0.01, JPY 1), a
 * claim in another currency refused, and the equal split with the remainder to the first applicant.
 */
class FeeCalculatorTest {
    /** The demo schedule: 2 % to 100 000, 1.5 % to 500 000, 1 % to 1 000 000, 0.5 % to 5 000 000, 0.2 % above. */
    static final FeeTerms CNY = new FeeTerms("CNY", FeeBasis.AMOUNT_BRACKETS, LocalDate.of(2024, 1, 1),
            new BigDecimal("1000"), null, List.of(bracket("0", "100000", "2"), bracket("100000", "500000", "1.5"),
            bracket("500000", "1000000", "1"), bracket("1000000", "5000000", "0.5"), bracket("5000000", null, "0.2")),
            null);

    static FeeBracket bracket(String lower, String upper, String rate) {
        return new FeeBracket(new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), new BigDecimal(rate));
    }

    private static Money fee(FeeTerms terms, String... claims) {
        return FeeCalculator.byClaims(terms, Arrays.stream(claims)
                .map(a -> a == null ? null : Money.of(a, terms.currency())).toList());
    }

    private static FeeTerms single(String currency, String rate, String minimum) {
        return new FeeTerms(currency, FeeBasis.AMOUNT_BRACKETS, LocalDate.of(2024, 1, 1), new BigDecimal(minimum),
                null, List.of(bracket("0", null, rate)), null);
    }

    @Test
    void eachPartOfTheAmountIsChargedAtItsBracketsRate() {
        assertEquals(Money.of("7280.00", "CNY"), fee(CNY, "452000.00"), "2 000 + 352 000 × 1.5 %");
        assertEquals(Money.of("7280.00", "CNY"), fee(CNY, "400000.00", null, "52000.00"),
                "the claims are added; a non-monetary claim counts nothing");
    }

    @Test
    void anAmountExactlyOnABoundIsChargedByTheBracketBelowOnly() {
        assertEquals(Money.of("2000.00", "CNY"), fee(CNY, "100000.00"));
        assertEquals(Money.of("8000.00", "CNY"), fee(CNY, "500000.00"));
        assertEquals(Money.of("13000.00", "CNY"), fee(CNY, "1000000.00"));
        assertEquals(Money.of("33000.00", "CNY"), fee(CNY, "5000000.00"));
        assertEquals(new BigDecimal("2000.00015"), FeeCalculator.bracketSum(CNY.brackets(), new BigDecimal("100000.01"))
                .stripTrailingZeros().setScale(5), "one cent above the bound is charged at the next rate");
    }

    @Test
    void theOpenLastBracketChargesEverythingAbove() {
        assertEquals(Money.of("43000.00", "CNY"), fee(CNY, "10000000.00"));
        assertEquals(Money.of("2033000.00", "CNY"), fee(CNY, "1005000000.00"));
    }

    @Test
    void theMinimumFeeAppliesToSmallAndNonMonetaryDisputes() {
        assertEquals(Money.of("1000.00", "CNY"), fee(CNY, "10000.00"));
        assertEquals(Money.of("1000.00", "CNY"), fee(CNY, "50000.00"), "exactly the minimum");
        assertEquals(Money.of("1000.02", "CNY"), fee(CNY, "50001.00"));
        assertEquals(Money.of("1000.00", "CNY"), fee(CNY), "no monetary claim");
        assertEquals(Money.of("1000.00", "CNY"), fee(CNY, (String) null));
    }

    @Test
    void roundsHalfUpToTheCent() {
        assertEquals(Money.of("2000.01", "CNY"), fee(CNY, "100000.50"), "2000.0075");
        assertEquals(Money.of("2000.00", "CNY"), fee(CNY, "100000.30"), "2000.0045");
        FeeTerms onePercent = single("CNY", "1", "0");
        assertEquals(Money.of("0.01", "CNY"), fee(onePercent, "0.50"), "0.005 rounds up, not to even");
        assertEquals(Money.of("0.03", "CNY"), fee(onePercent, "2.50"), "0.025 rounds up, not to even");
        assertEquals(Money.of("0.00", "CNY"), fee(onePercent, "0.49"));
    }

    @Test
    void yenHaveNoMinorUnit() {
        FeeTerms yen = single("JPY", "1.5", "0");
        assertEquals(Money.of("185", "JPY"), fee(yen, "12345"), "185.175");
        assertEquals(Money.of("186", "JPY"), fee(yen, "12367"), "185.505");
        assertEquals(0, FeeCalculator.minorDigits("JPY"));
        assertEquals(2, FeeCalculator.minorDigits("CNY"));
        assertEquals(2, FeeCalculator.minorDigits("USD"));
    }

    @Test
    void aClaimInAnotherCurrencyCannotBeChargedByTheSchedule() {
        FeeCurrencyMismatchException e = assertThrows(FeeCurrencyMismatchException.class,
                () -> FeeCalculator.byClaims(CNY, List.of(Money.of("1000.00", "CNY"), Money.of("500.00", "USD"))));
        assertEquals("fee.currencyMismatch", e.code());
        assertEquals(List.of("USD", "CNY"), List.of(e.args()));
    }

    @Test
    void hourlyFeesAreHoursTimesRateWithTheMinimum() {
        FeeTerms hourly = new FeeTerms("CNY", FeeBasis.MEDIATOR_HOURS, LocalDate.of(2024, 1, 1),
                new BigDecimal("2000"), new BigDecimal("800"), List.of(), null);
        hourly.validate();
        assertEquals(Money.of("2000.00", "CNY"), FeeCalculator.byHours(hourly, BigDecimal.ZERO), "starts at 0 hours");
        assertEquals(Money.of("2000.00", "CNY"), FeeCalculator.byHours(hourly, new BigDecimal("2.5")));
        assertEquals(Money.of("2600.00", "CNY"), FeeCalculator.byHours(hourly, new BigDecimal("3.25")));
        assertThrows(InvalidInputException.class, () -> FeeCalculator.byHours(hourly, new BigDecimal("-1")));
        assertThrows(InvalidInputException.class, () -> FeeCalculator.byHours(hourly, new BigDecimal("1.234")));
        assertThrows(InvalidInputException.class, () -> FeeCalculator.byHours(hourly, null));
        FeeTerms yen = new FeeTerms("JPY", FeeBasis.MEDIATOR_HOURS, LocalDate.of(2024, 1, 1), BigDecimal.ZERO,
                new BigDecimal("15001"), List.of(), null);
        assertEquals(Money.of("18751", "JPY"), FeeCalculator.byHours(yen, new BigDecimal("1.25")), "18751.25");
    }

    @Test
    void theDefaultSplitIsEqualWithTheRemainderToTheFirstApplicant() {
        assertEquals(List.of(new BigDecimal("333.34"), new BigDecimal("333.33"), new BigDecimal("333.33")),
                FeeCalculator.split(Money.of("1000.00", "CNY"), 3, 0));
        assertEquals(List.of(new BigDecimal("2426.66"), new BigDecimal("2426.68"), new BigDecimal("2426.66")),
                FeeCalculator.split(Money.of("7280.00", "CNY"), 3, 1), "two cents left over, both to the applicant");
        assertEquals(List.of(new BigDecimal("3640.00"), new BigDecimal("3640.00")),
                FeeCalculator.split(Money.of("7280.00", "CNY"), 2, 0));
        assertEquals(List.of(new BigDecimal("334.00"), new BigDecimal("333.00"), new BigDecimal("333.00")),
                FeeCalculator.split(Money.of("1000", "JPY"), 3, 0), "whole yen");
        assertEquals(List.of(new BigDecimal("0.01"), new BigDecimal("0.00")),
                FeeCalculator.split(Money.of("0.01", "CNY"), 2, 0));
        for (int parties = 1; parties <= 7; parties++) {
            BigDecimal sum = FeeCalculator.split(Money.of("1234.57", "CNY"), parties, parties - 1).stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal("1234.57")), "always exact for " + parties);
        }
    }
}
