package org.sutiao.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.evaluation.application.QualityReportService;
import org.sutiao.evaluation.application.ReportPage;
import org.sutiao.evaluation.application.ReportSummary;
import org.sutiao.evaluation.domain.QualityReport;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;

import java.io.StringReader;
import java.time.Instant;

/**
 * {@code /api/v1/reports} (issue 11 §3), the quality analysis reports: {@code POST {"from","to","scope"}} (HQ; 201
 * with the report), {@code GET ?after=&size=} (newest first, keyset paging: {@code {"items":[…],"next"}}; HQ every
 * report, center admins and court users the published ones in their scope), {@code GET /{id}} ({@code sha256} once
 * published; {@code figures}: the generated figures, frozen at publication — overview, months, regions, centers,
 * mediators, out-of-range indicators, named as the evaluation's items), {@code GET /{id}.pdf} and {@code /{id}.xlsx}, {@code PUT /{id} {"version","findings","problems",
 * "measures"}} (HQ, a draft only: 409 once published) and {@code POST /{id}/publication} (HQ; 409 when published).
 * A report outside the caller's scope answers 404, like one that does not exist.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualityReportResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    QualityReportService reports;

    /** A new report: whole months and a scope (NATIONAL, REGION:&lt;province&gt;, CENTER:&lt;center code&gt;). */
    public record CreateJson(String from, String to, String scope) {
    }

    /** The narrative; {@code version} as read (optional optimistic lock). */
    public record NarrativeJson(Long version, @PlainText(multiline = true) String findings,
                                @PlainText(multiline = true) String problems,
                                @PlainText(multiline = true) String measures) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateJson body) {
        if (body == null) {
            throw new InvalidInputException("from", "validation.required");
        }
        QualityReport r = reports.createQualityReport(Params.date("from", body.from()), Params.date("to", body.to()),
                body.scope());
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    @GET
    public JsonObject list(@QueryParam("after") String after,
                           @QueryParam("size") @DefaultValue("20") String size) {
        Long cursor = after == null || after.isBlank() ? null
                : (long) Params.integer("after", after, 1, Integer.MAX_VALUE);
        ReportPage page = reports.qualityReports(cursor, Params.integer("size", size, 1, 100));
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ReportSummary s : page.items()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.id()).add("from", s.from().toString())
                    .add("to", s.to().toString()).add("scope", s.scope()).add("status", s.status().name())
                    .add("createdAt", s.createdAt().toString());
            optional(o, "kind", s.kind() == null ? null : s.kind().name());
            optional(o, "publishedAt", s.publishedAt());
            optional(o, "sha256", s.sha256());
            items.add(o);
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("items", items);
        if (page.next() == null) {
            o.addNull("next");
        } else {
            o.add("next", page.next());
        }
        return o.build();
    }

    @GET
    @Path("/{id: \\d+}")
    public JsonObject get(@PathParam("id") long id) {
        JsonObjectBuilder o = Json.createObjectBuilder(json(reports.qualityReport(id)));
        String figures = reports.qualityReportFigures(id);
        if (figures == null) {
            o.addNull("figures");
        } else {
            try (JsonReader in = Json.createReader(new StringReader(figures))) {
                o.add("figures", in.readObject());
            }
        }
        return o.build();
    }

    @PUT
    @Path("/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject revise(@PathParam("id") long id, NarrativeJson body) {
        NarrativeJson b = body == null ? new NarrativeJson(null, null, null, null) : body;
        return json(reports.reviseQualityReport(id, b.version(), b.findings(), b.problems(), b.measures()));
    }

    @POST
    @Path("/{id: \\d+}/publication")
    public JsonObject publish(@PathParam("id") long id) {
        return json(reports.publishQualityReport(id));
    }

    @GET
    @Path("/{id: \\d+}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(reports.qualityReportPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"quality-report-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/{id: \\d+}.xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("id") long id) {
        return Response.ok(reports.qualityReportWorkbook(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"quality-report-" + id + ".xlsx\"").build();
    }

    static JsonObject json(QualityReport r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id()).add("version", r.version())
                .add("from", r.periodFrom().toString()).add("to", r.periodTo().toString())
                .add("scope", r.scope().toString()).add("status", r.status().name())
                .add("createdBy", r.createdBy()).add("createdAt", r.createdAt().toString());
        optional(o, "kind", r.kind() == null ? null : r.kind().name());
        optional(o, "findings", r.findings());
        optional(o, "problems", r.problems());
        optional(o, "measures", r.measures());
        optional(o, "publishedBy", r.publishedBy());
        optional(o, "publishedAt", r.publishedAt());
        optional(o, "sha256", r.sha256());
        return o.build();
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value instanceof Instant i ? i.toString() : value.toString());
        }
    }
}
