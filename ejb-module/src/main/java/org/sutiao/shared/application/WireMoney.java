package org.sutiao.shared.application;

/**
 * Money on the wire ({@code {"amount":"452000.00","currency":"CNY"}}): every request type that carries an amount with
 * its currency implements it, so that {@link MoneyScan} holds it to the {@link org.sutiao.shared.domain.MoneyPolicy}
 * wherever it appears in a request body.
 */
public interface WireMoney {
    /** The amount as a decimal string in major units, or null. */
    String amount();

    /** The ISO 4217 code, or null. */
    String currency();
}
