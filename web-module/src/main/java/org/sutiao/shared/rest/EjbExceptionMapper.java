package org.sutiao.shared.rest;

import org.sutiao.audit.web.DeniedCalls;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Container failures as problems: a role that may not call the service answers 403, a concurrent change of the
 * same row (optimistic lock) 409; a unique key taken by a concurrent request 409 {@code conflict.duplicate}, a
 * database outage 503 with {@code Retry-After} ({@link ProblemResponses#unexpected}); anything else 500 without
 * internals.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {
    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    jakarta.ws.rs.core.UriInfo uri;
    @Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(EJBException e) {
        Locale locale = ProblemResponses.locale(headers);
        if (e instanceof EJBAccessException) {
            DeniedCalls.record(request.getMethod() + " /" + uri.getPath().replaceFirst("^/", ""), null);
            return ProblemResponses.of(Response.Status.FORBIDDEN, "access.denied",
                    Messages.get(locale, "access.denied"), null);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return ProblemResponses.of(Response.Status.CONFLICT, "case.concurrentChange",
                        Messages.get(locale, "case.concurrentChange"), null);
            }
        }
        return ProblemResponses.unexpected(e, locale, LOG);
    }
}
