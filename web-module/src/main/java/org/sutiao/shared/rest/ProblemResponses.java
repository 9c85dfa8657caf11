package org.sutiao.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.sutiao.shared.application.Messages;

import java.util.List;
import java.util.Locale;

/** Builds problem responses in the language the client asked for (Accept-Language; Chinese by default). */
final class ProblemResponses {
    private ProblemResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.fromHeader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Response of(Response.StatusType status, String code, String detail, List<Problem.FieldProblem> errors) {
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), code, detail,
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
