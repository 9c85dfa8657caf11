package org.sutiao.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

/**
 * A body that does not bind to the request type (malformed JSON, an unknown enum constant, a string where a
 * number belongs) answers 400 {@code request.unreadable}, not 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return ProblemResponses.of(Response.Status.BAD_REQUEST, "request.unreadable",
                Messages.get(ProblemResponses.locale(headers), "request.unreadable"), null);
    }
}
