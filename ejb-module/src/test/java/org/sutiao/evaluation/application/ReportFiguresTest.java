package org.sutiao.evaluation.application;

import org.junit.jupiter.api.Test;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.evaluation.domain.ReportScope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's sections from hand-built evaluations: sums, months, regions, scope filtering, out-of-range. */
class ReportFiguresTest {
    static final LocalDate JAN = LocalDate.parse("2026-01-01");
    static final LocalDate FEB = LocalDate.parse("2026-02-01");
    static final LocalDate FEB_END = LocalDate.parse("2026-02-28");
    static final IndicatorSet SET = new IndicatorSet(null, LocalDate.parse("2025-01-01"), 90, 70,
            List.of(new IndicatorRange(Indicator.SUCCESS_RATE, 100, new BigDecimal("0.5"), BigDecimal.ONE)),
            LocalDate.parse("2024-12-01"), Instant.EPOCH, "hq");
    static final Map<String, String> REGIONS = Map.of("BJ1", "北京", "BJ2", "北京", "SH1", "上海");

    /** received, concluded, settled in full: a center's counts. */
    static Counts counts(long received, long concluded, long full) {
        return new Counts().add(Counter.RECEIVED_DELEGATED, received).add(Counter.ACCEPTED, received)
                .add(Counter.CONCLUDED, concluded).add(Counter.SETTLED_FULL, full);
    }

    static Evaluation evaluation(LocalDate from, LocalDate to, Map<String, Counts> centers) {
        return new Evaluation(from, to, SET.version(), centers.entrySet().stream()
                .map(e -> new Evaluation.Item(e.getKey(), e.getKey() + "中心", e.getValue(), SET.score(e.getValue())))
                .toList());
    }

    static ReportFigures figures(ReportScope scope) {
        Map<String, Counts> jan = new LinkedHashMap<>();
        jan.put("BJ1", counts(4, 2, 2));
        jan.put("BJ2", counts(1, 0, 0));
        jan.put("SH1", counts(3, 2, 0));
        Map<String, Counts> feb = new LinkedHashMap<>();
        feb.put("BJ1", counts(6, 2, 1));
        feb.put("BJ2", counts(0, 0, 0));
        feb.put("SH1", counts(1, 2, 2));
        Map<String, Counts> all = new LinkedHashMap<>();
        for (String c : jan.keySet()) {
            all.put(c, new Counts().addAll(jan.get(c)).addAll(feb.get(c)));
        }
        Map<LocalDate, Evaluation> monthly = new LinkedHashMap<>();
        monthly.put(FEB, evaluation(FEB, FEB_END, feb));
        monthly.put(JAN, evaluation(JAN, LocalDate.parse("2026-01-31"), jan));
        return ReportFigures.build(scope, evaluation(JAN, FEB_END, all), monthly, REGIONS, null, SET::score);
    }

    @Test
    void aNationalReportSumsEveryCenterByMonthAndByRegion() {
        ReportFigures f = figures(ReportScope.NATIONAL);
        assertEquals(15, f.total().get(Counter.RECEIVED_DELEGATED));
        assertEquals(8, f.total().get(Counter.CONCLUDED));
        assertEquals(new BigDecimal("0.6250"), f.totalCard().values().get(Indicator.SUCCESS_RATE), "5 of 8");
        assertEquals(List.of(JAN, FEB), f.months().stream().map(ReportFigures.Month::month).toList(),
                "months in order whatever the map's");
        assertEquals(8, f.months().get(0).counts().get(Counter.RECEIVED_DELEGATED));
        assertEquals(7, f.months().get(1).counts().get(Counter.RECEIVED_DELEGATED));
        assertEquals(List.of("上海", "北京"), f.regions().stream().map(ReportFigures.Group::name).sorted().toList());
        ReportFigures.Group bj = f.regions().stream().filter(g -> g.name().equals("北京")).findFirst().orElseThrow();
        assertEquals(2, bj.centers());
        assertEquals(11, bj.counts().get(Counter.RECEIVED_DELEGATED));
        assertEquals(new BigDecimal("0.7500"), bj.scorecard().values().get(Indicator.SUCCESS_RATE), "3 of 4");
        assertEquals(3, f.centers().size());
    }

    @Test
    void aRegionalReportHoldsOnlyThatRegionsCenters() {
        ReportFigures f = figures(ReportScope.parse("REGION:上海"));
        assertEquals(List.of("SH1"), f.centers().stream().map(Evaluation.Item::code).toList());
        assertEquals(4, f.total().get(Counter.RECEIVED_DELEGATED));
        assertEquals(3, f.months().get(0).counts().get(Counter.RECEIVED_DELEGATED));
        assertEquals(1, f.regions().size());
    }

    @Test
    void aCenterReportHoldsThatCenterAndTheOutOfRangeListNamesTheCentersOutside() {
        ReportFigures f = figures(ReportScope.parse("CENTER:SH1"));
        assertEquals(List.of("SH1"), f.centers().stream().map(Evaluation.Item::code).toList());
        assertEquals(new BigDecimal("0.5000"), f.totalCard().values().get(Indicator.SUCCESS_RATE));
        assertTrue(f.outOfRange().isEmpty(), "0.5 lies within its range, ends included");
        ReportFigures all = figures(ReportScope.NATIONAL);
        assertEquals(List.of(), all.outOfRange().stream().map(Evaluation.Item::code).toList(),
                "BJ1 3/4, SH1 2/4 in range; BJ2 without a concluded case has no value");
    }

    @Test
    void aCenterBelowItsRangeIsListed() {
        Map<String, Counts> one = Map.of("BJ1", counts(3, 3, 1));
        ReportFigures f = ReportFigures.build(ReportScope.NATIONAL, evaluation(JAN, FEB_END, one),
                Map.of(JAN, evaluation(JAN, FEB_END, one)), REGIONS, null, SET::score);
        assertEquals(List.of("BJ1"), f.outOfRange().stream().map(Evaluation.Item::code).toList());
        assertEquals(List.of("SUCCESS_RATE"), f.outOfRange().get(0).scorecard().outOfRange());
    }
}
