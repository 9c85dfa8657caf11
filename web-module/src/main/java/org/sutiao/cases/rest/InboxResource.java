package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.cases.application.CaseQueryService;

import java.util.List;

/** {@code GET /api/v1/inbox}: what waits for the caller's action, soonest deadline first. */
@Path("/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    @Inject
    CaseQueryService queries;

    /** The inbox: {@code {"items":[case, …]}}. */
    public record Inbox(List<CaseJson> items) {
    }

    @GET
    public Inbox inbox() {
        return new Inbox(queries.inbox().stream().map(CaseJson::summary).toList());
    }
}
