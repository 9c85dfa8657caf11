package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.cases.application.FullAccessService;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.domain.PlainText;

import java.time.OffsetDateTime;

/**
 * Break-glass access to a case's full detail for HQ and court supervisors (DESIGN.md §4): {@code POST} records the
 * reason (10–500 characters) and opens the case for 24 hours; {@code GET} tells whether the caller holds an unexpired
 * grant (404 {@code fullAccess.none} when not). Other roles: 403.
 */
@Path("/cases/{id}/full-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FullAccessResource {
    @Inject
    FullAccessService grants;

    /** {@code POST /cases/{id}/full-access}. */
    public record FullAccessRequest(@PlainText(multiline = true) String reason) {
    }

    /** A grant: the case, when it was opened and until when (ISO-8601, Beijing offset). */
    public record FullAccessJson(Long caseId, String caseNumber, OffsetDateTime grantedAt,
                                 OffsetDateTime expiresAt) {
        static FullAccessJson of(FullAccessService.GrantView g) {
            return new FullAccessJson(g.caseId(), g.caseNumber(), CaseJson.time(g.grantedAt()),
                    CaseJson.time(g.expiresAt()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("id") long id, FullAccessRequest body) {
        FullAccessService.GrantView g = grants.grant(id, body == null ? null : body.reason());
        return Response.status(Response.Status.CREATED).entity(FullAccessJson.of(g)).build();
    }

    @GET
    public FullAccessJson current(@PathParam("id") long id) {
        FullAccessService.GrantView g = grants.active(id);
        if (g == null) {
            throw new NotFoundException("fullAccess.none", id);
        }
        return FullAccessJson.of(g);
    }
}
