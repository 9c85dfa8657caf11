package org.sutiao.evaluation.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.ReportFigures;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.Scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of the evaluation's figures, in one place (docs/EVALUATION.md "The API"): an item of
 * {@code GET /api/v1/evaluation/centers} or {@code /mediators} with exactly the names (issue 11 §2) and
 * {@code openPastDue}, and the generated figures of a quality report ({@code GET /api/v1/reports/{id}} "figures",
 * issue 11 §3), whose tables use the same names so a client checks a report's PDF against the API's figures. Rates are
 * decimals 0–1 with 4 places, days and means 2 places, counts integers; a value without data is null.
 */
public final class EvaluationJson {
    private EvaluationJson() {
    }

    /**
     * One center or mediator: {@code codeField} ({@code centerCode} or {@code mediatorCode}), {@code name}, then
     * {@link #figures}.
     */
    public static JsonObjectBuilder item(String codeField, Evaluation.Item it) {
        JsonObjectBuilder o = Json.createObjectBuilder().add(codeField, it.code()).add("name", it.name());
        figures(o, it.counts(), it.scorecard());
        return o;
    }

    /**
     * The figures of summed counts: {@code received}, {@code accepted}, {@code declined},
     * {@code acceptedOnTime}, {@code acceptedOnTimeRate}, {@code concluded}, {@code settledFull},
     * {@code settledPartial}, {@code failed}, {@code withdrawn}, {@code successRate}, {@code meanDurationDays},
     * {@code medianDurationDays}, {@code beyond30Days}, {@code confirmationsValid}, {@code obligationsDue},
     * {@code obligationsPerformedOnTime}, {@code satisfactionMean}, {@code satisfactionCount}, {@code openPastDue}
     * (open cases past their due date now; null when not read) and, with a scorecard, {@code score}, {@code grade},
     * {@code outOfRange}.
     *
     * @param card the scorecard (its values are used), or null for counts alone (values from the counts, no score)
     */
    public static void figures(JsonObjectBuilder o, Counts c, Scorecard card) {
        o.add("received", received(c)).add("accepted", c.get(Counter.ACCEPTED)).add("declined", c.get(Counter.DECLINED))
                .add("acceptedOnTime", c.get(Counter.ACCEPTED_ON_TIME));
        number(o, "acceptedOnTimeRate", value(c, card, Indicator.ACCEPTED_ON_TIME_RATE));
        o.add("concluded", c.get(Counter.CONCLUDED)).add("settledFull", c.get(Counter.SETTLED_FULL))
                .add("settledPartial", c.get(Counter.SETTLED_PARTIAL)).add("failed", c.get(Counter.FAILED))
                .add("withdrawn", c.get(Counter.WITHDRAWN));
        number(o, "successRate", value(c, card, Indicator.SUCCESS_RATE));
        number(o, "meanDurationDays", value(c, card, Indicator.MEAN_DURATION_DAYS));
        number(o, "medianDurationDays", value(c, card, Indicator.MEDIAN_DURATION_DAYS));
        o.add("beyond30Days", c.get(Counter.BEYOND_30_DAYS))
                .add("confirmationsValid", c.get(Counter.CONFIRMATIONS_VALID))
                .add("obligationsDue", c.get(Counter.OBLIGATIONS_DUE))
                .add("obligationsPerformedOnTime", c.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME));
        number(o, "satisfactionMean", value(c, card, Indicator.SATISFACTION_MEAN));
        o.add("satisfactionCount", c.get(Counter.SATISFACTION_COUNT));
        number(o, "openPastDue", value(c, card, Indicator.OPEN_PAST_DUE));
        if (card == null) {
            return;
        }
        if (card.score() == null) {
            o.addNull("score").addNull("grade");
        } else {
            o.add("score", card.score()).add("grade", card.grade().name());
        }
        o.add("outOfRange", codes(card.outOfRange()));
    }

    /**
     * The generated figures of a quality report: {@code {"from","to","scope","indicatorSetVersion","overview":{…},
     * "months":[{"month",…}],"regions":[{"region","centers",…}],"centers":[{"centerCode","name",…}],
     * "mediators":[{"mediatorCode","name",…}],"outOfRange":[{"centerCode","name","outOfRange":[…]}]}} — the overview
     * and every table of the PDF, with the names of {@link #figures} (months: counts alone).
     */
    public static JsonObject report(ReportFigures f) {
        JsonObjectBuilder overview = Json.createObjectBuilder();
        figures(overview, f.total(), f.totalCard());
        JsonArrayBuilder months = Json.createArrayBuilder();
        for (ReportFigures.Month m : f.months()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("month", m.month().toString());
            figures(o, m.counts(), null);
            months.add(o);
        }
        JsonArrayBuilder regions = Json.createArrayBuilder();
        for (ReportFigures.Group g : f.regions()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("region", g.name()).add("centers", g.centers());
            figures(o, g.counts(), g.scorecard());
            regions.add(o);
        }
        JsonArrayBuilder centers = Json.createArrayBuilder();
        f.centers().forEach(i -> centers.add(item("centerCode", i)));
        JsonArrayBuilder mediators = Json.createArrayBuilder();
        f.mediators().forEach(i -> mediators.add(item("mediatorCode", i)));
        JsonArrayBuilder out = Json.createArrayBuilder();
        f.outOfRange().forEach(i -> out.add(Json.createObjectBuilder().add("centerCode", i.code())
                .add("name", i.name()).add("outOfRange", codes(i.scorecard().outOfRange()))));
        return Json.createObjectBuilder().add("from", f.from().toString()).add("to", f.to().toString())
                .add("scope", f.scope().toString()).add("indicatorSetVersion", f.indicatorSetVersion())
                .add("overview", overview).add("months", months).add("regions", regions).add("centers", centers)
                .add("mediators", mediators).add("outOfRange", out).build();
    }

    /** Received by referral (delegated, entrusted) and by direct application. */
    public static long received(Counts c) {
        return c.get(Counter.RECEIVED_DELEGATED) + c.get(Counter.RECEIVED_ENTRUSTED) + c.get(Counter.RECEIVED_DIRECT);
    }

    private static BigDecimal value(Counts c, Scorecard card, Indicator i) {
        return card == null ? i.valueOf(c) : card.values().get(i);
    }

    private static JsonArrayBuilder codes(List<String> codes) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        codes.forEach(a::add);
        return a;
    }

    private static void number(JsonObjectBuilder o, String name, BigDecimal v) {
        if (v == null) {
            o.addNull(name);
        } else {
            o.add(name, v);
        }
    }
}
