package org.sutiao.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.ForbiddenException;
import org.sutiao.shared.domain.DomainException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.domain.TooManyRequestsException;

import java.util.List;
import java.util.Locale;

/**
 * Business-rule failures as problems: 400 with the fields for invalid input, 404 for anything missing or outside
 * the caller's scope (no hint that it exists), 403 for what the caller may not read or do (e.g. a case's documents
 * before a recorded reason), 409 for an illegal transition or a stale version, 429 with {@code Retry-After} (seconds)
 * for a throttled caller.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Locale locale = ProblemResponses.locale(headers);
        if (e instanceof InvalidInputException invalid) {
            List<Problem.FieldProblem> fields = invalid.fieldErrors().stream()
                    .map(f -> new Problem.FieldProblem(f.field(), Messages.get(locale, f.messageKey(), f.args())))
                    .toList();
            return ProblemResponses.of(Response.Status.BAD_REQUEST, e.code(),
                    Messages.get(locale, "validation.failed", fields.size()), fields);
        }
        if (e instanceof NotFoundException) {
            return ProblemResponses.of(Response.Status.NOT_FOUND, e.code(), Messages.get(locale, e.code(), e.args()),
                    null);
        }
        if (e instanceof TooManyRequestsException throttled) {
            return Response.fromResponse(ProblemResponses.of(Response.Status.TOO_MANY_REQUESTS, e.code(),
                            Messages.get(locale, e.code(), e.args()), null))
                    .header("Retry-After", throttled.retryAfterSeconds()).build();
        }
        Response.Status status = e instanceof ConflictException ? Response.Status.CONFLICT
                : e instanceof ForbiddenException ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST;
        return ProblemResponses.of(status, e.code(), Messages.get(locale, e.code(), Messages.labelled(locale, e.args())),
                null);
    }
}
