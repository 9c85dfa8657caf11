package org.sutiao.cases.rest;

import org.sutiao.shared.domain.Money;

/** Money on the wire: a decimal string in major units and an ISO 4217 code ({@code {"amount":"452000.00","currency":"CNY"}}). */
public record MoneyJson(String amount, String currency) implements org.sutiao.shared.application.WireMoney {
    static MoneyJson of(Money m) {
        return m == null ? null : new MoneyJson(m.amountText(), m.currency());
    }
}
