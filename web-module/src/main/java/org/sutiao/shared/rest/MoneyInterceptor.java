package org.sutiao.shared.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.sutiao.shared.application.MoneyScan;

import java.io.IOException;

/**
 * Every request body, once bound to its record, goes through the money policy ({@code MoneyScan}): an amount that
 * is negative, too precise or above the plausible cap answers 400 {@code validation.failed} naming the field, before
 * any service runs, so nothing is written. A new money field is covered by its type ({@code WireMoney}) or its
 * {@code @MoneyAmount} mark. Source: issue 9 §4.
 */
@Provider
public class MoneyInterceptor implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        MoneyScan.check(entity);
        return entity;
    }
}
