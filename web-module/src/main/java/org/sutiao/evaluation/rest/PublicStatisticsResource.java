package org.sutiao.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.evaluation.application.PublicStatisticsService;
import org.sutiao.evaluation.domain.PublicStatistics;

import java.math.BigDecimal;

/**
 * {@code GET /api/v1/public/statistics?year=} (issue 11 §4), without login (web.xml leaves {@code /api/v1/public/*}
 * unprotected): {@code {"year","minimumCases":5,"items":[{"region","received","concluded","successRate",
 * "meanDurationDays","confirmationsValid","suppressed":{"<field>":"SMALL_CELL"|"COMPLEMENTARY"},"centers":[{
 * "centerCode","name", the same figures,"suppressed"}]}]}} — counts as integers, the rate 0–1 with 4 places, days
 * with 2; a suppressed figure is null and named in {@code suppressed}. {@code year} defaults to the current Beijing
 * year; anything but a year from 2000 to the current one is 400 on {@code year}. Cached 5 minutes by anyone
 * ({@code Cache-Control: public, max-age=300}): the summaries follow the cases within a minute anyway.
 */
@Path("/public/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicStatisticsResource {
    /** Seconds a public cache may keep an answer. */
    static final int MAX_AGE = 300;

    @Inject
    PublicStatisticsService statistics;

    @GET
    public Response statistics(@QueryParam("year") String year) {
        return Response.ok(json(statistics.statistics(year))).header("Cache-Control", "public, max-age=" + MAX_AGE).build();
    }

    static JsonObject json(PublicStatisticsService.Report report) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (PublicStatistics.Region r : report.regions()) {
            JsonArrayBuilder centers = Json.createArrayBuilder();
            for (PublicStatistics.CenterFigures c : r.centers()) {
                centers.add(figures(Json.createObjectBuilder().add("centerCode", c.code()).add("name", c.name()),
                        c.figures()));
            }
            items.add(figures(Json.createObjectBuilder().add("region", r.region()), r.figures())
                    .add("centers", centers));
        }
        return Json.createObjectBuilder().add("year", report.year())
                .add("minimumCases", PublicStatistics.MINIMUM_CASES).add("items", items).build();
    }

    private static JsonObjectBuilder figures(JsonObjectBuilder o, PublicStatistics.Figures f) {
        JsonObjectBuilder suppressed = Json.createObjectBuilder();
        for (PublicStatistics.Figure fig : PublicStatistics.Figure.values()) {
            Number v = f.value(fig);
            if (v == null) {
                o.addNull(fig.jsonName());
            } else if (v instanceof BigDecimal d) {
                o.add(fig.jsonName(), d);
            } else {
                o.add(fig.jsonName(), v.longValue());
            }
            if (f.suppression(fig) != null) {
                suppressed.add(fig.jsonName(), f.suppression(fig).name());
            }
        }
        return o.add("suppressed", suppressed);
    }
}
