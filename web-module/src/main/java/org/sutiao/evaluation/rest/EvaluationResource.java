package org.sutiao.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.application.IndicatorSetCommand;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.evaluation.domain.Scorecard;
import org.sutiao.shared.rest.Params;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /api/v1/evaluation} (issue 11 §2): {@code GET centers?from=&to=&region=&industry=} and
 * {@code GET mediators?from=&to=&center=} answer {@code {"from","to","indicatorSetVersion","items":[…]}} with the
 * items' fields as the issue names them (rates 0–1 with 4 places, days and means with 2, counts as integers, null
 * without data); {@code from}/{@code to} are the first and last day of months. {@code GET/POST indicator-sets}: the
 * set's versions (HQ adds one). {@code POST recompute}: HQ rebuilds the summaries from the cases.
 */
@Path("/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {
    @Inject
    EvaluationService evaluation;

    /** A new version: {@code {"effectiveFrom","excellentFrom","goodFrom","indicators":[{"code","weight","min","max"}]}}. */
    public record IndicatorSetJson(String effectiveFrom, Integer excellentFrom, Integer goodFrom,
                                   List<IndicatorSetCommand.Item> indicators) {
    }

    @GET
    @Path("/centers")
    public JsonObject centers(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("region") String region, @QueryParam("industry") String industry) {
        return json(evaluation.centers(Params.date("from", from), Params.date("to", to), region, industry),
                "centerCode");
    }

    @GET
    @Path("/mediators")
    public JsonObject mediators(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("center") String center) {
        return json(evaluation.mediators(Params.date("from", from), Params.date("to", to), center), "mediatorCode");
    }

    @GET
    @Path("/indicator-sets")
    public List<JsonObject> indicatorSets() {
        return evaluation.indicatorSets().stream().map(EvaluationResource::json).toList();
    }

    @POST
    @Path("/indicator-sets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createIndicatorSet(IndicatorSetJson body) {
        IndicatorSetCommand cmd = body == null ? null : new IndicatorSetCommand(
                Params.date("effectiveFrom", body.effectiveFrom()), body.excellentFrom(), body.goodFrom(),
                body.indicators());
        return Response.status(Response.Status.CREATED).entity(json(evaluation.createIndicatorSet(cmd))).build();
    }

    @POST
    @Path("/recompute")
    public JsonObject recompute() {
        return Json.createObjectBuilder().add("cases", evaluation.recompute()).build();
    }

    static JsonObject json(IndicatorSet s) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (IndicatorRange r : s.items()) {
            items.add(Json.createObjectBuilder().add("code", r.code().name()).add("weight", r.weight())
                    .add("min", r.min()).add("max", r.max()));
        }
        return Json.createObjectBuilder().add("version", s.version()).add("effectiveFrom", s.effectiveFrom().toString())
                .add("excellentFrom", s.excellentFrom()).add("goodFrom", s.goodFrom()).add("indicators", items).build();
    }

    static JsonObject json(Evaluation e, String codeField) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Evaluation.Item it : e.items()) {
            Counts c = it.counts();
            Scorecard card = it.scorecard();
            JsonObjectBuilder o = Json.createObjectBuilder().add(codeField, it.code()).add("name", it.name())
                    .add("received", c.get(Counter.RECEIVED_DELEGATED) + c.get(Counter.RECEIVED_ENTRUSTED)
                            + c.get(Counter.RECEIVED_DIRECT))
                    .add("accepted", c.get(Counter.ACCEPTED)).add("declined", c.get(Counter.DECLINED))
                    .add("acceptedOnTime", c.get(Counter.ACCEPTED_ON_TIME));
            number(o, "acceptedOnTimeRate", card.values().get(Indicator.ACCEPTED_ON_TIME_RATE));
            o.add("concluded", c.get(Counter.CONCLUDED)).add("settledFull", c.get(Counter.SETTLED_FULL))
                    .add("settledPartial", c.get(Counter.SETTLED_PARTIAL)).add("failed", c.get(Counter.FAILED))
                    .add("withdrawn", c.get(Counter.WITHDRAWN));
            number(o, "successRate", card.values().get(Indicator.SUCCESS_RATE));
            number(o, "meanDurationDays", card.values().get(Indicator.MEAN_DURATION_DAYS));
            number(o, "medianDurationDays", card.values().get(Indicator.MEDIAN_DURATION_DAYS));
            o.add("beyond30Days", c.get(Counter.BEYOND_30_DAYS))
                    .add("confirmationsValid", c.get(Counter.CONFIRMATIONS_VALID))
                    .add("obligationsDue", c.get(Counter.OBLIGATIONS_DUE))
                    .add("obligationsPerformedOnTime", c.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME));
            number(o, "satisfactionMean", card.values().get(Indicator.SATISFACTION_MEAN));
            o.add("satisfactionCount", c.get(Counter.SATISFACTION_COUNT));
            if (card.score() == null) {
                o.addNull("score").addNull("grade");
            } else {
                o.add("score", card.score()).add("grade", card.grade().name());
            }
            JsonArrayBuilder out = Json.createArrayBuilder();
            card.outOfRange().forEach(out::add);
            items.add(o.add("outOfRange", out));
        }
        return Json.createObjectBuilder().add("from", e.from().toString()).add("to", e.to().toString())
                .add("indicatorSetVersion", e.indicatorSetVersion()).add("items", items).build();
    }

    private static void number(JsonObjectBuilder o, String name, BigDecimal v) {
        if (v == null) {
            o.addNull(name);
        } else {
            o.add(name, v);
        }
    }
}
