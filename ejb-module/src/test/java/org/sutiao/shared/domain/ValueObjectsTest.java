package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credit codes, money and ID masking. */
class ValueObjectsTest {
    @Test
    void creditCodeCheckCharacter() {
        assertTrue(CreditCode.isValid("91440300738816612N"), "a real published code");
        assertTrue(CreditCode.isValid("91110105MA5DDR3E6T"), "a demo code");
        assertFalse(CreditCode.isValid("91110105MA5DDR3E6X"), "wrong check character");
        assertFalse(CreditCode.isValid("91110105MA5DDR3E6"), "17 characters");
        assertFalse(CreditCode.isValid("91110105MA5DDR3EIT"), "I is not in the alphabet");
    }

    @Test
    void moneyIsAnExactDecimalWithAnIsoCurrency() {
        Money m = Money.of("452000.5", "CNY");
        assertEquals("452000.50", m.amountText());
        assertEquals(new Money(new BigDecimal("452000.50"), "CNY"), m);
        assertThrows(InvalidInputException.class, () -> Money.of("1.005", "CNY"));
        assertThrows(InvalidInputException.class, () -> Money.of("-1", "CNY"));
        assertThrows(InvalidInputException.class, () -> Money.of("abc", "CNY"));
        assertThrows(InvalidInputException.class, () -> Money.of("1", "XYZ"));
    }

    @Test
    void residentIdCheckCharacter() {
        assertTrue(IdNumbers.isValidResidentId("35020319900101123X"));
        assertTrue(IdNumbers.isValidResidentId("350203199001010421"));
        assertFalse(IdNumbers.isValidResidentId("350203199001010422"), "wrong check digit");
        assertFalse(IdNumbers.isValidResidentId("350203********042X"), "masked");
        assertFalse(IdNumbers.isValidResidentId("1234"));
    }

    @Test
    void moneyFollowsTheCurrencysMinorUnitAndThePlausibleCap() {
        assertThrows(InvalidInputException.class, () -> Money.of("100.50", "JPY"));
        assertEquals("100.00", Money.of("100", "JPY").amountText());
        assertThrows(InvalidInputException.class, () -> Money.of("9".repeat(18), "CNY"));
        assertEquals("100000000000.00", Money.of("100000000000", "CNY").amountText(), "10^11 yuan: the cap");
        InvalidInputException above = assertThrows(InvalidInputException.class,
                () -> Money.of("100000000000.01", "CNY"));
        assertEquals("validation.money.tooLarge", above.fieldErrors().get(0).messageKey());
        assertThrows(InvalidInputException.class, () -> Money.of("1000000000000", "CNY"), "a 10^12 subsidy");
        assertEquals("10000000000000.00", Money.of("10000000000000", "JPY").amountText(), "no minor unit: 10^13");
        assertEquals("1000000000000.00", Money.stored(new java.math.BigDecimal("1000000000000"), "CNY").amountText(),
                "a stored total is not an input");
    }

    @Test
    void idNumbersAreMaskedForDisplay() {
        assertEquals("350203********042X", IdNumbers.mask("35020319900101042X"));
        assertEquals("350203********042X", IdNumbers.mask("350203********042X"), "already masked");
        assertEquals("C*****217", IdNumbers.mask("C12345217"));
    }
}
