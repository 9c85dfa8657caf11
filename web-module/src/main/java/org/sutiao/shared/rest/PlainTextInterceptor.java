package org.sutiao.shared.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.sutiao.shared.application.PlainTextScan;

import java.io.IOException;

/**
 * Every request body, once bound to its record, goes through the text policy ({@code PlainTextScan}): a NUL,
 * a bidirectional override or a zero-width character in any String field answers 400 {@code validation.failed}
 * naming the field, before any service runs, so nothing is written. A new field is covered without an annotation
 * (single-line unless marked {@code @PlainText(multiline = true)}). Source: issue 9 §4.
 */
@Provider
public class PlainTextInterceptor implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        PlainTextScan.check(entity);
        return entity;
    }
}
