package org.sutiao.roster.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.roster.application.RosterReportService;
import org.sutiao.roster.domain.ReportStatus;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;

import java.util.List;

/**
 * {@code /api/v1/roster-reports}: HQ's review of the centers' roster reports. {@code GET ?status=SUBMITTED} lists
 * those waiting (oldest first); {@code GET /{id}} one report with its items (its center admin may read it too);
 * {@code POST /{id}/approval {"approve":true|false,"comments","version"}} approves (the items enter the national
 * roster) or returns it (comments required).
 */
@Path("/roster-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RosterReportResource {
    @Inject
    RosterReportService reports;

    /** A report with its items. */
    public record ReportDetail(RosterJson.ReportJson report, List<RosterJson.ReportItemJson> items) {
    }

    /** Body of POST /{id}/approval. */
    public record Decision(jakarta.json.JsonValue approve, @PlainText(multiline = true) String comments, Long version) {
    }

    @GET
    public List<RosterJson.ReportJson> list(@QueryParam("status") String status) {
        return reports.reports(Params.enumValue("status", ReportStatus.class, status)).stream()
                .map(RosterJson.ReportJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public ReportDetail get(@PathParam("id") long id) {
        RosterReportService.ReportWithItems r = reports.report(id);
        return new ReportDetail(RosterJson.ReportJson.of(r.report()),
                r.items().stream().map(RosterJson.ReportItemJson::of).toList());
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public RosterJson.ReportJson decide(@PathParam("id") long id, Decision body) {
        if (body == null) {
            throw new InvalidInputException("approve", "validation.required");
        }
        return RosterJson.ReportJson.of(Params.bool("approve", body.approve())
                ? reports.approve(id, body.comments(), body.version())
                : reports.returnReport(id, body.comments(), body.version()));
    }
}
