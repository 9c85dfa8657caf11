package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One money format everywhere (issue 12): ¥ with grouping and two decimals; another currency by its code. */
class MoneyDisplayTest {
    @Test
    void yuanWithTheSignAndGrouping() {
        assertEquals("¥80,000.00", Money.display(new BigDecimal("80000"), "CNY"));
        assertEquals("¥452,000.50", Money.display(new BigDecimal("452000.5"), null));
        assertEquals("¥0.00", Money.display(BigDecimal.ZERO, "CNY"));
    }

    @Test
    void otherCurrenciesByTheirCode() {
        assertEquals("USD 12,500.00", Money.display(new BigDecimal("12500"), "USD"));
        assertEquals("", Money.display(null, "CNY"));
    }
}
