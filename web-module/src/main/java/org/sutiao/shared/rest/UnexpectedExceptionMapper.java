package org.sutiao.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/**
 * Any other failure reaching the API (a persistence exception outside an EJB, a failing provider) answers a
 * problem document, never the container's HTML page: 409 for a taken unique key, 503 with {@code Retry-After}
 * during a database outage, 500 otherwise ({@link ProblemResponses#unexpected}). The more specific mappers
 * (domain, EJB, web, unreadable body) still take theirs.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
        return ProblemResponses.unexpected(e, ProblemResponses.locale(headers), LOG);
    }
}
