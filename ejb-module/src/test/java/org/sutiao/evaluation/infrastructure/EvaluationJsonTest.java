package org.sutiao.evaluation.infrastructure;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.ReportFigures;
import org.sutiao.evaluation.application.ReportFiguresTestAccess;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures' JSON from hand-built figures (ReportFiguresTest's: three centers, two regions, two months). */
class EvaluationJsonTest {

    @Test
    void anItemHasTheIssuesNamesThenOpenPastDueThenTheScore() {
        IndicatorSet set = new IndicatorSet(null, LocalDate.parse("2025-01-01"), 90, 70,
                List.of(new IndicatorRange(Indicator.SUCCESS_RATE, 10, new BigDecimal("0.3"), new BigDecimal("0.95")),
                        new IndicatorRange(Indicator.OPEN_PAST_DUE, 0, BigDecimal.ZERO, BigDecimal.ZERO)),
                LocalDate.parse("2024-12-01"), Instant.EPOCH, "hq");
        Counts c = new Counts().add(Counter.RECEIVED_DELEGATED, 2).add(Counter.RECEIVED_DIRECT, 1)
                .add(Counter.CONCLUDED, 3).add(Counter.SETTLED_FULL, 1).add(Counter.SETTLED_PARTIAL, 1);
        JsonObject o = EvaluationJson.item("centerCode", new Evaluation.Item("BJ1", "北京中心", c, set.score(c, 2L)))
                .build();
        assertEquals(List.of("centerCode", "name", "received", "accepted", "declined", "acceptedOnTime",
                "acceptedOnTimeRate", "concluded", "settledFull", "settledPartial", "failed", "withdrawn",
                "successRate", "meanDurationDays", "medianDurationDays", "beyond30Days", "confirmationsValid",
                "obligationsDue", "obligationsPerformedOnTime", "satisfactionMean", "satisfactionCount", "openPastDue",
                "score", "grade", "outOfRange"), List.copyOf(o.keySet()));
        assertEquals(3, o.getInt("received"), "2 delegated + 1 direct");
        assertEquals(new BigDecimal("0.6667"), o.getJsonNumber("successRate").bigDecimalValue(), "2 of 3");
        assertEquals(2, o.getInt("openPastDue"));
        assertEquals(100, o.getInt("score"), "open past due weighs 0: the success rate alone, in range");
        assertEquals("OPEN_PAST_DUE", o.getJsonArray("outOfRange").getString(0), "2 outside 0–0");
        assertTrue(o.isNull("acceptedOnTimeRate"), "nothing accepted: no rate");
    }

    @Test
    void aReportsFiguresCarryItsOverviewMonthsRegionsCentersAndOutOfRange() {
        ReportFigures f = ReportFiguresTestAccess.national();
        JsonObject o = EvaluationJson.report(f);
        assertEquals("2026-01-01", o.getString("from"));
        assertEquals("2026-02-28", o.getString("to"));
        assertEquals("NATIONAL", o.getString("scope"));
        JsonObject overview = o.getJsonObject("overview");
        assertEquals(15, overview.getInt("received"), "4+1+3 in January, 6+0+1 in February");
        assertEquals(8, overview.getInt("concluded"));
        assertEquals(5, overview.getInt("settledFull"));
        assertEquals(new BigDecimal("0.6250"), overview.getJsonNumber("successRate").bigDecimalValue(), "5 of 8");
        assertEquals(0, overview.getInt("openPastDue"), "the centers' (none read: 0)");
        assertEquals(List.of("2026-01-01", "2026-02-01"), o.getJsonArray("months").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("month")).toList());
        assertEquals(List.of(8, 7), o.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getInt("received")).toList());
        JsonObject bj = o.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("region").equals("北京")).findFirst().orElseThrow();
        assertEquals(2, bj.getInt("centers"));
        assertEquals(11, bj.getInt("received"));
        assertEquals(new BigDecimal("0.7500"), bj.getJsonNumber("successRate").bigDecimalValue(), "3 of 4");
        assertEquals(List.of("BJ1", "BJ2", "SH1"), o.getJsonArray("centers").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("centerCode")).toList());
        JsonObject sh1 = o.getJsonArray("centers").getJsonObject(2);
        assertEquals(4, sh1.getInt("received"));
        assertEquals(new BigDecimal("0.5000"), sh1.getJsonNumber("successRate").bigDecimalValue(), "2 of 4");
        assertTrue(o.getJsonArray("centers").getJsonObject(1).isNull("successRate"), "BJ2 concluded nothing");
        assertEquals(0, o.getJsonArray("mediators").size(), "a national report lists no mediators");
        assertEquals(0, o.getJsonArray("outOfRange").size(), "every rate in 0.5–1 or without data");
    }

    @Test
    void theCentersOutOfRangeNameTheirIndicators() {
        IndicatorSet set = new IndicatorSet(null, LocalDate.parse("2025-01-01"), 90, 70,
                List.of(new IndicatorRange(Indicator.SUCCESS_RATE, 10, new BigDecimal("0.3"), new BigDecimal("0.95"))),
                LocalDate.parse("2024-12-01"), Instant.EPOCH, "hq");
        Counts ok = new Counts().add(Counter.CONCLUDED, 2).add(Counter.SETTLED_FULL, 1);
        Counts low = new Counts().add(Counter.CONCLUDED, 4).add(Counter.FAILED, 4);
        LocalDate from = LocalDate.parse("2026-03-01");
        LocalDate to = LocalDate.parse("2026-03-31");
        Evaluation e = new Evaluation(from, to, 1, List.of(new Evaluation.Item("A", "甲中心", ok, set.score(ok, 1L)),
                new Evaluation.Item("B", "乙中心", low, set.score(low, 2L))));
        JsonObject o = EvaluationJson.report(ReportFigures.build(org.sutiao.evaluation.domain.ReportScope.NATIONAL, e,
                java.util.Map.of(from, e), java.util.Map.of("A", "北京", "B", "上海"), null, set::score));
        assertEquals(1, o.getJsonArray("outOfRange").size());
        JsonObject b = o.getJsonArray("outOfRange").getJsonObject(0);
        assertEquals("B", b.getString("centerCode"));
        assertEquals("乙中心", b.getString("name"));
        assertEquals(List.of("SUCCESS_RATE"), b.getJsonArray("outOfRange").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "0 of 4 below 0.3");
        assertEquals(new BigDecimal("0.1667"), o.getJsonObject("overview").getJsonNumber("successRate")
                .bigDecimalValue(), "1 of 6 over both");
        assertEquals(3, o.getJsonObject("overview").getInt("openPastDue"), "1 + 2: the centers' open cases past due");
        assertEquals(List.of(2, 1), o.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("openPastDue")).toList(), "上海 (B), 北京 (A), by name");
    }
}
