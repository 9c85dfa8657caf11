package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.ReferralResult;
import org.sutiao.cases.application.ReferralService;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.RequestLocale;

/**
 * {@code POST /api/v1/referrals}: a court (clerk or court system) pushes a case. 201 with the case and its
 * {@code Location}; a retry (same {@code Idempotency-Key}, or same court case number) answers 200 with the same case
 * and the header {@code Idempotent-Replayed: true}.
 */
@Path("/referrals")
@RequestScoped
public class ReferralResource {
    @Inject
    ReferralService referrals;
    @Inject
    CaseQueryService queries;
    @Context
    UriInfo uri;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The language of the request's labels (Accept-Language; Chinese by default). */
    private java.util.Locale locale() {
        return RequestLocale.of(headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response refer(ReferralRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        if (idempotencyKey != null && idempotencyKey.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "validation.size", 1, 100);
        }
        ReferralResult result = referrals.refer(body.toCommand(), idempotencyKey);
        CaseJson json = CaseJson.detail(result.detail() != null ? result.detail() : queries.detail(result.caseId()),
                locale());
        if (result.created()) {
            return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(result.caseId()))
                    .entity(json).build();
        }
        return Response.ok(json).header("Idempotent-Replayed", "true").build();
    }
}
