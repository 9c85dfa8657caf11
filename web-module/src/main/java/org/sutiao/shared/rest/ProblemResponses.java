package org.sutiao.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.PersistenceFailures;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds problem responses in the language the client asked for (Accept-Language; Chinese by default). */
final class ProblemResponses {
    private ProblemResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        return RequestLocale.of(headers);
    }

    /** Seconds a client should wait before retrying during a database outage (the pool retries within that). */
    static final int RETRY_AFTER_SECONDS = 30;

    /**
     * A failure no rule foresaw, in one place for every mapper: a unique key taken by a concurrent request is 409
     * {@code conflict.duplicate} (the other request won; nothing of this one was written); a database that gives
     * no connection is 503 {@code service.unavailable} with {@code Retry-After}; anything else is logged and 500
     * {@code server.error} without internals.
     */
    static Response unexpected(Throwable e, Locale locale, Logger log) {
        Response tooLarge = tooLarge(e, locale);
        if (tooLarge != null) {
            return tooLarge;
        }
        if (PersistenceFailures.isDuplicateKey(e)) {
            return of(Response.Status.CONFLICT, "conflict.duplicate", Messages.get(locale, "conflict.duplicate"), null);
        }
        if (PersistenceFailures.isUnavailable(e)) {
            log.log(Level.WARNING, "Database unavailable: {0}", e.toString());
            Response r = of(Response.Status.SERVICE_UNAVAILABLE, "service.unavailable",
                    Messages.get(locale, "service.unavailable"), null);
            return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        log.log(Level.SEVERE, "Unexpected failure", e);
        return of(Response.Status.INTERNAL_SERVER_ERROR, "server.error", Messages.get(locale, "server.error"), null);
    }

    /**
     * 413 {@code request.tooLarge} when a cause of {@code e} is a chunked body read past {@link ApiGuardFilter#MAX_BODY}
     * ({@link LimitedBodyRequest}), else null.
     */
    static Response tooLarge(Throwable e, Locale locale) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
                return of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request.tooLarge",
                        Messages.get(locale, "request.tooLarge", ApiGuardFilter.MAX_BODY / (1024 * 1024)), null);
            }
        }
        return null;
    }

    static Response of(Response.StatusType status, String code, String detail, List<Problem.FieldProblem> errors) {
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), code, detail,
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
