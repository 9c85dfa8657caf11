package org.sutiao.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.audit.application.AuditQueries;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/cases/{id}/access-log}: who acted on the case, as roles and organisations, never usernames
 * (California Rules of Court r. 2.526: a limited trail for the case's users), for its parties, its court and its
 * center; 404 for everyone else.
 */
@Path("/cases/{id}/access-log")
@RequestScoped
public class AccessLogResource {
    @Inject
    AuditQueries audit;

    /** One act: when, the actor's role (null: the platform itself), its organisation, the action. */
    public record AccessJson(Instant at, String role, String organization, String action) {
    }

    /** The trail, newest first. */
    public record AccessLog(List<AccessJson> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AccessLog get(@PathParam("id") String id) {
        Long caseId = AuditParams.id("id", id);
        if (caseId == null) {
            throw new org.sutiao.shared.domain.NotFoundException("case.notFound", id);
        }
        return new AccessLog(audit.accessTrail(caseId).stream()
                .map(a -> new AccessJson(a.at(), a.role(), a.organization(), a.action())).toList());
    }
}
