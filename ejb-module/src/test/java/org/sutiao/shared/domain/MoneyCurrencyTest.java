package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only ISO 4217 currencies in use are money: no XXX, test code, metals, funds or withdrawn codes. */
class MoneyCurrencyTest {
    @Test
    void currenciesInUsePass() {
        for (String code : new String[]{"CNY", "USD", "EUR", "HKD", "JPY", "KRW", "XOF", "XAF", "XCD", "SLE", "VES"}) {
            assertTrue(Money.inUse(code), code);
        }
        assertEquals("JPY", Money.of("100", "JPY").currency());
    }

    @Test
    void pseudoCurrenciesFundsAndWithdrawnCodesAreRefused() {
        for (String code : new String[]{"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "CLF",
                "USN", "DEM", "FRF", "HRK", "CUC", "ZWD", "cny", "CN", "CNYY", null}) {
            assertFalse(Money.inUse(code), String.valueOf(code));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of("1.00", "XXX"));
        assertEquals("validation.money.currency", e.fieldErrors().get(0).messageKey());
    }
}
