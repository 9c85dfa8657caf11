package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money policy, for every currency in use: sign, decimals, and the cap just at and just above it. */
class MoneyPolicyTest {
    @Test
    void everyCurrencyInUseHasItsCapAndNothingAboveIt() {
        int currencies = 0;
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (!Money.inUse(code)) {
                continue;
            }
            BigDecimal cap = MoneyPolicy.cap(code);
            assertTrue(cap.compareTo(MoneyPolicy.CAP) >= 0, code);
            assertNull(MoneyPolicy.check("amount", cap, code, MoneyPolicy.Sign.POSITIVE), code);
            assertEquals("validation.money.tooLarge", MoneyPolicy.check("amount", cap.add(BigDecimal.ONE), code,
                    MoneyPolicy.Sign.POSITIVE).messageKey(), code);
            assertEquals(new Money(cap, code).amount().compareTo(cap), 0);
            assertThrows(InvalidInputException.class, () -> new Money(cap.add(BigDecimal.ONE), code), code);
            currencies++;
        }
        assertTrue(currencies > 100, "currencies in use: " + currencies);
        assertEquals(0, new BigDecimal("1E+11").compareTo(MoneyPolicy.cap("CNY")), "CNY: 1000 亿元");
        assertEquals(0, new BigDecimal("1E+13").compareTo(MoneyPolicy.cap("JPY")));
        assertEquals(0, new BigDecimal("1E+13").compareTo(MoneyPolicy.cap(null)), "unknown currency: the largest");
    }

    @Test
    void signAndDecimals() {
        assertEquals("validation.money.negative",
                MoneyPolicy.check("a", new BigDecimal("-0.01"), "CNY", MoneyPolicy.Sign.ZERO_ALLOWED).messageKey());
        assertNull(MoneyPolicy.check("a", BigDecimal.ZERO, "CNY", MoneyPolicy.Sign.ZERO_ALLOWED));
        assertEquals("validation.money.positive",
                MoneyPolicy.check("a", BigDecimal.ZERO, "CNY", MoneyPolicy.Sign.POSITIVE).messageKey());
        assertEquals("validation.money.scale",
                MoneyPolicy.check("a", new BigDecimal("1.001"), "KWD", MoneyPolicy.Sign.POSITIVE).messageKey(),
                "never more than 2 decimals, even for a 3-digit minor unit");
        assertEquals("validation.money.scale",
                MoneyPolicy.check("a", new BigDecimal("1.5"), "JPY", MoneyPolicy.Sign.POSITIVE).messageKey());
        assertNull(MoneyPolicy.check("a", new BigDecimal("1.50"), "CNY", MoneyPolicy.Sign.POSITIVE));
        assertNull(MoneyPolicy.check("a", null, "CNY", MoneyPolicy.Sign.POSITIVE), "required is the field's rule");
        assertEquals("validation.money.format",
                assertThrows(InvalidInputException.class, () -> MoneyPolicy.parse("a", "1,000")).fieldErrors()
                        .get(0).messageKey());
    }
}
