package org.sutiao.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.evaluation.application.CourtFigures;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.application.IndicatorSetCommand;
import org.sutiao.evaluation.application.MediatorFigures;
import org.sutiao.evaluation.application.MediatorMerits;
import org.sutiao.evaluation.domain.CenterConstruction;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.infrastructure.EvaluationJson;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.domain.CenterMerit;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.rest.Params;
import org.sutiao.shared.rest.RequestLocale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/evaluation} (issue 11 §2): {@code GET centers?from=&to=&region=&industry=} and
 * {@code GET mediators?from=&to=&center=} answer {@code {"from","to","indicatorSetVersion","items":[…]}} with the
 * items' fields as the issue names them (rates 0–1 with 4 places, days and means with 2, counts as integers, null
 * without data) and {@code openPastDue} (open cases past their due date now, 久调不决 risk); {@code from}/{@code to} are any Beijing days, both included ({@code to} before {@code from}: 400). {@code GET/POST indicator-sets}: the
 * set's versions (HQ adds one). {@code POST recompute}: HQ rebuilds the summaries from the cases.
 * {@code GET courts?from=&to=&court=}: the courts' figures; {@code GET mediators/me?from=&to=}: a mediator's own.
 */
@Path("/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {
    /** The failed-by-reason counters, in the order of the failure reasons. */
    static final List<Counter> FAILED_BY_REASON = List.of(Counter.FAILED_PERIOD_EXPIRED,
            Counter.FAILED_PARTY_UNREACHABLE, Counter.FAILED_PARTY_REFUSED, Counter.FAILED_REFUSED_TO_SIGN,
            Counter.FAILED_OTHER);

    @Inject
    EvaluationService evaluation;
    @Inject
    CenterService centers;
    @Context
    HttpHeaders headers;

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

    /**
     * The centers' volume per calendar month (the trend): {@code {"from","to","items":[{"month":"2026-01","received",
     * "accepted","declined","concluded","settledFull","settledPartial","failed"}]}}, every month of the range in
     * order; same readers and filters as {@code /centers} (a center admin its own center).
     */
    @GET
    @Path("/months")
    public JsonObject months(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("region") String region, @QueryParam("industry") String industry) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        JsonArrayBuilder items = Json.createArrayBuilder();
        evaluation.months(start, end, region, industry).forEach((month, c) -> items.add(Json.createObjectBuilder()
                .add("month", month.toString()).add("received", received(c))
                .add("accepted", c.get(Counter.ACCEPTED)).add("declined", c.get(Counter.DECLINED))
                .add("concluded", c.get(Counter.CONCLUDED)).add("settledFull", c.get(Counter.SETTLED_FULL))
                .add("settledPartial", c.get(Counter.SETTLED_PARTIAL)).add("failed", c.get(Counter.FAILED))));
        return Json.createObjectBuilder().add("from", start.toString()).add("to", end.toString()).add("items", items)
                .build();
    }

    @GET
    @Path("/mediators")
    public JsonObject mediators(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("center") String center) {
        return json(evaluation.mediators(Params.date("from", from), Params.date("to", to), center), "mediatorCode");
    }

    /**
     * The courts' figures (issue 11 §2): {@code {"from","to","items":[{"courtCode","name","received",
     * "receivedDelegated","receivedEntrusted","receivedDirect","declined","reReferred","accepted","acceptedOnTime",
     * "acceptedOnTimeRate","meanAcceptanceDays","concluded","settledFull","settledPartial","failed","failedByReason",
     * "withdrawn","consentRefused","successRate","meanDurationDays","medianDurationDays","failureReportsDue",
     * "failureReportsOnTime","confirmationsApplied","confirmationsValid","confirmationsRejected",
     * "pendingConfirmations","mediationDocuments","openPastDue"}]}}; a court clerk its own court, HQ and supervisors every court
     * with figures (or {@code court}).
     */
    @GET
    @Path("/courts")
    public JsonObject courts(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("court") String court) {
        CourtFigures f = evaluation.courts(Params.date("from", from), Params.date("to", to), court);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (CourtFigures.Item it : f.items()) {
            Counts c = it.counts();
            JsonObjectBuilder o = Json.createObjectBuilder().add("courtCode", it.code()).add("name", it.name())
                    .add("received", received(c)).add("receivedDelegated", c.get(Counter.RECEIVED_DELEGATED))
                    .add("receivedEntrusted", c.get(Counter.RECEIVED_ENTRUSTED))
                    .add("receivedDirect", c.get(Counter.RECEIVED_DIRECT)).add("declined", c.get(Counter.DECLINED))
                    .add("reReferred", c.get(Counter.RE_REFERRED)).add("accepted", c.get(Counter.ACCEPTED))
                    .add("acceptedOnTime", c.get(Counter.ACCEPTED_ON_TIME));
            number(o, "acceptedOnTimeRate", Indicator.ACCEPTED_ON_TIME_RATE.valueOf(c));
            number(o, "meanAcceptanceDays", Indicator.MEAN_ACCEPTANCE_DAYS.valueOf(c));
            o.add("concluded", c.get(Counter.CONCLUDED)).add("settledFull", c.get(Counter.SETTLED_FULL))
                    .add("settledPartial", c.get(Counter.SETTLED_PARTIAL)).add("failed", c.get(Counter.FAILED))
                    .add("failedByReason", failedByReason(c)).add("withdrawn", c.get(Counter.WITHDRAWN))
                    .add("consentRefused", c.get(Counter.CONSENT_REFUSED));
            number(o, "successRate", Indicator.SUCCESS_RATE.valueOf(c));
            number(o, "meanDurationDays", Indicator.MEAN_DURATION_DAYS.valueOf(c));
            number(o, "medianDurationDays", Indicator.MEDIAN_DURATION_DAYS.valueOf(c));
            o.add("failureReportsDue", c.get(Counter.FAILURE_REPORTS_DUE))
                    .add("failureReportsOnTime", c.get(Counter.FAILURE_REPORTS_ON_TIME))
                    .add("confirmationsApplied", c.get(Counter.CONFIRMATIONS_APPLIED))
                    .add("confirmationsValid", c.get(Counter.CONFIRMATIONS_VALID))
                    .add("confirmationsRejected", c.get(Counter.CONFIRMATIONS_REJECTED))
                    .add("pendingConfirmations", it.pendingConfirmations())
                    .add("openPastDue", it.openPastDue())
                    .add("mediationDocuments", c.get(Counter.MEDIATION_DOCUMENTS));
            items.add(o);
        }
        return Json.createObjectBuilder().add("from", f.from().toString()).add("to", f.to().toString())
                .add("items", items).build();
    }

    /**
     * A mediator's own figures: the mediators answer for the caller alone (one item, its score against the set) plus
     * {@code "load":[{"status","statusLabel","count"}]} (open cases by status, now) and {@code "pastDue"} (in
     * mediation or suspended past the mediation due date, now). Mediators only (others 403).
     */
    @GET
    @Path("/mediators/me")
    public JsonObject mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        MediatorFigures f = evaluation.mine(Params.date("from", from), Params.date("to", to));
        Locale locale = RequestLocale.of(headers);
        JsonArrayBuilder load = Json.createArrayBuilder();
        f.load().forEach((status, n) -> load.add(Json.createObjectBuilder().add("status", status.name())
                .add("statusLabel", Messages.get(locale, "caseStatus." + status.name())).add("count", n)));
        return Json.createObjectBuilder(json(f.evaluation(), "mediatorCode")).add("load", load)
                .add("pastDue", f.pastDue()).build();
    }

    /**
     * Center construction (issue 11 §1): {@code {"from","to","indicatorSetVersion","items":[{"centerCode","name",
     * "venues","fullTimeMediators","partTimeMediators","certificatesValid","certificateValidRate","trainingHours",
     * "trainingHoursMean","commendations","sanctions","outOfRange":[…]}]}} — the roster's facts now, the merits dated
     * in the period; HQ every center (region, industry), a center admin its own.
     */
    @GET
    @Path("/centers/construction")
    public JsonObject construction(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("region") String region, @QueryParam("industry") String industry) {
        java.time.LocalDate f = Params.date("from", from);
        java.time.LocalDate t = Params.date("to", to);
        List<CenterConstruction> rows = evaluation.construction(f, t, region, industry);
        IndicatorSet set = evaluation.indicatorSetOn(t);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (CenterConstruction c : rows) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("centerCode", c.code()).add("name", c.name())
                    .add("venues", c.venues()).add("fullTimeMediators", c.fullTimeMediators())
                    .add("partTimeMediators", c.partTimeMediators()).add("certificatesValid", c.certificatesValid());
            number(o, "certificateValidRate", c.valueOf(Indicator.CERTIFICATE_VALID_RATE));
            o.add("trainingHours", c.trainingHours());
            number(o, "trainingHoursMean", c.valueOf(Indicator.TRAINING_HOURS_MEAN));
            o.add("commendations", c.commendations()).add("sanctions", c.sanctions());
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (IndicatorRange r : set.items()) {
                BigDecimal v = r.code().ofConstruction() ? c.valueOf(r.code()) : null;
                if (v != null && !r.contains(v)) {
                    out.add(r.code().name());
                }
            }
            items.add(o.add("outOfRange", out));
        }
        return Json.createObjectBuilder().add("from", f.toString()).add("to", t.toString())
                .add("indicatorSetVersion", set.version()).add("items", items).build();
    }

    /**
     * Mediators' commendations and sanctions dated in the period: {@code {"from","to","items":[{"mediatorCode","name",
     * "commendations","sanctions"}]}}; HQ one center ({@code center} required), a center admin its own.
     */
    @GET
    @Path("/mediators/merits")
    public JsonObject mediatorMerits(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("center") String center) {
        java.time.LocalDate f = Params.date("from", from);
        java.time.LocalDate t = Params.date("to", to);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (MediatorMerits m : evaluation.mediatorMerits(f, t, center)) {
            items.add(Json.createObjectBuilder().add("mediatorCode", m.code()).add("name", m.name())
                    .add("commendations", m.commendations()).add("sanctions", m.sanctions()));
        }
        return Json.createObjectBuilder().add("from", f.toString()).add("to", t.toString()).add("items", items)
                .build();
    }

    /** The reason of a commendation: {@code {"reason"}}. */
    public record CommendationJson(@PlainText(multiline = true) String reason) {
    }

    /**
     * HQ commends a center (notice 法办〔2024〕623号 §5(3)), kept as a merit of the center and audited: 201
     * {@code {"centerCode","kind","occurredOn","reason","recordedBy"}}; 400 on {@code reason}; 404 for an unknown
     * center; 403 for every other role.
     */
    @POST
    @Path("/centers/{code}/commendations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response commendCenter(@PathParam("code") String code, CommendationJson body) {
        CenterMerit m = centers.commendCenter(code, body == null ? null : body.reason());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("centerCode", code)
                .add("kind", m.kind().name()).add("occurredOn", m.occurredOn().toString()).add("reason", m.reason())
                .add("recordedBy", m.recordedBy()).build()).build();
    }

    /** A center's commendations and sanctions, newest first: HQ any center, a center admin its own. */
    @GET
    @Path("/centers/{code}/commendations")
    public JsonArray centerMerits(@PathParam("code") String code) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (CenterMerit m : centers.merits(code)) {
            out.add(Json.createObjectBuilder().add("kind", m.kind().name()).add("occurredOn", m.occurredOn().toString())
                    .add("reason", m.reason()).add("recordedBy", m.recordedBy()));
        }
        return out.build();
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
            items.add(EvaluationJson.item(codeField, it));
        }
        return Json.createObjectBuilder().add("from", e.from().toString()).add("to", e.to().toString())
                .add("indicatorSetVersion", e.indicatorSetVersion()).add("items", items).build();
    }

    private static long received(Counts c) {
        return c.get(Counter.RECEIVED_DELEGATED) + c.get(Counter.RECEIVED_ENTRUSTED) + c.get(Counter.RECEIVED_DIRECT);
    }

    /** {@code {"PERIOD_EXPIRED":n,…}}: failed cases by failure reason (every reason, 0 included). */
    static JsonObjectBuilder failedByReason(Counts c) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (Counter k : FAILED_BY_REASON) {
            o.add(k.name().substring("FAILED_".length()), c.get(k));
        }
        return o;
    }

    private static void number(JsonObjectBuilder o, String name, BigDecimal v) {
        if (v == null) {
            o.addNull(name);
        } else {
            o.add(name, v);
        }
    }
}
