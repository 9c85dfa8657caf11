package org.sutiao.fees.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sutiao.fees.domain.FeeCalculatorTest.bracket;

/**
 * The rules a schedule must meet on publication: brackets start at 0, contiguous, non-overlapping, only the last
 * open, rates 0–100 %; amounts within the currency's minor unit; the basis decides brackets or an hourly rate.
 */
class FeeTermsTest {
    private static FeeTerms brackets(FeeBracket... brackets) {
        return new FeeTerms("CNY", FeeBasis.AMOUNT_BRACKETS, LocalDate.of(2027, 1, 1), new BigDecimal("1000"), null,
                List.of(brackets), null);
    }

    private static List<String> errors(FeeTerms terms) {
        InvalidInputException e = assertThrows(InvalidInputException.class, terms::validate);
        return e.fieldErrors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }

    @Test
    void theDemoScheduleAndAClosedLastBracketAreValid() {
        assertDoesNotThrow(FeeCalculatorTest.CNY::validate);
        assertDoesNotThrow(() -> brackets(bracket("0", "100", "0"), bracket("100", "200", "100")).validate());
    }

    @Test
    void bracketsStartAtZero() {
        assertEquals(List.of("brackets[0].lowerBound:fee.bracketStartsAtZero"),
                errors(brackets(bracket("1", null, "2"))));
    }

    @Test
    void bracketsAreContiguousWithoutGapOrOverlap() {
        assertEquals(List.of("brackets[1].lowerBound:fee.bracketNotContiguous"),
                errors(brackets(bracket("0", "100", "2"), bracket("150", null, "1"))), "gap");
        assertEquals(List.of("brackets[1].lowerBound:fee.bracketNotContiguous"),
                errors(brackets(bracket("0", "100", "2"), bracket("50", null, "1"))), "overlap");
    }

    @Test
    void onlyTheLastBracketIsOpenAndEachEndsAboveItsStart() {
        assertEquals(List.of("brackets[0].upperBound:fee.bracketOpenNotLast"),
                errors(brackets(bracket("0", null, "2"), bracket("100", null, "1"))).subList(0, 1));
        assertEquals(List.of("brackets[0].upperBound:fee.bracketEmpty"), errors(brackets(bracket("0", "0", "2"))));
    }

    @Test
    void ratesAreFromZeroToOneHundredPercentWithFourDecimals() {
        assertEquals(List.of("brackets[0].ratePercent:fee.bracketRate"), errors(brackets(bracket("0", null, "100.01"))));
        assertEquals(List.of("brackets[0].ratePercent:fee.bracketRate"), errors(brackets(bracket("0", null, "-1"))));
        assertEquals(List.of("brackets[0].ratePercent:fee.bracketRate"),
                errors(brackets(bracket("0", null, "1.00001"))));
        assertDoesNotThrow(() -> brackets(bracket("0", null, "1.2345")).validate());
    }

    @Test
    void amountsFitTheCurrency() {
        FeeTerms yen = new FeeTerms("JPY", FeeBasis.AMOUNT_BRACKETS, LocalDate.of(2027, 1, 1), new BigDecimal("0.5"),
                null, List.of(bracket("0", "100.5", "1"), bracket("100.5", null, "1")), null);
        assertEquals(List.of("minimumFee:validation.money.scale", "brackets[0].upperBound:validation.money.scale",
                "brackets[1].lowerBound:validation.money.scale"), errors(yen));
        assertEquals(List.of("currency:validation.money.currency"), errors(new FeeTerms("XXQ", FeeBasis.AMOUNT_BRACKETS,
                LocalDate.of(2027, 1, 1), BigDecimal.ONE, null, List.of(bracket("0", null, "1")), null)));
    }

    @Test
    void theBasisDecidesBracketsOrAnHourlyRate() {
        assertEquals(List.of("brackets:fee.bracketsRequired"), errors(brackets()));
        assertEquals(List.of("hourlyRate:fee.hourlyRateOnlyForHours"), errors(new FeeTerms("CNY",
                FeeBasis.AMOUNT_BRACKETS, LocalDate.of(2027, 1, 1), BigDecimal.ONE, BigDecimal.TEN,
                List.of(bracket("0", null, "1")), null)));
        assertEquals(List.of("hourlyRate:validation.required", "brackets:fee.bracketsOnlyForAmounts"),
                errors(new FeeTerms("CNY", FeeBasis.MEDIATOR_HOURS, LocalDate.of(2027, 1, 1), BigDecimal.ONE, null,
                        List.of(bracket("0", null, "1")), null)));
        assertEquals(List.of("basis:validation.required", "effectiveFrom:validation.required",
                "minimumFee:validation.required"), errors(new FeeTerms("CNY", null, null, null, null, null, null)));
    }
}
