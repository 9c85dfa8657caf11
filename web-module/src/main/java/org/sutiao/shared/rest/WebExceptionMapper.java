package org.sutiao.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

/**
 * Protocol-level failures (unknown path, wrong method, unreadable JSON) as problems with the same shape.
 */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response tooLarge = ProblemResponses.tooLarge(e, ProblemResponses.locale(headers));
        if (tooLarge != null) {
            return tooLarge;
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        boolean unreadable = status.getStatusCode() == 400 || hasJsonbCause(e);
        String code = unreadable ? "request.unreadable" : "http." + status.getStatusCode();
        String detail = Messages.get(ProblemResponses.locale(headers), unreadable ? "request.unreadable" : "http.other",
                status.getStatusCode(), status.getReasonPhrase());
        return ProblemResponses.of(unreadable ? Response.Status.BAD_REQUEST : status, code, detail, null);
    }

    private static boolean hasJsonbCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }
}
