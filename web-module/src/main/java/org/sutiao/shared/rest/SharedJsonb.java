package org.sutiao.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and answer of the API (default configuration, as before). Without a
 * resolver, RESTEasy's JSON-B provider builds and closes a new {@link Jsonb} for every body it reads or writes, and
 * Yasson then introspects the request and answer classes again each time: at 1 M cases that was a fifth of the
 * request threads' CPU during the intake benchmark (JFR: 77 of 368 samples in {@code getOrCreateClassModel}).
 * {@link Jsonb} is thread-safe; RESTEasy does not close an instance a resolver gives.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SharedJsonb implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
