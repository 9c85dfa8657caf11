package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.evaluation.domain.PublicStatistics.CenterSums;
import org.sutiao.evaluation.domain.PublicStatistics.Figure;
import org.sutiao.evaluation.domain.PublicStatistics.Region;
import org.sutiao.evaluation.domain.PublicStatistics.Sums;
import org.sutiao.evaluation.domain.PublicStatistics.Suppression;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sutiao.evaluation.domain.PublicStatistics.Suppression.COMPLEMENTARY;
import static org.sutiao.evaluation.domain.PublicStatistics.Suppression.SMALL_CELL;

/** The small-cell rule of the public statistics and its complementary suppression, on hand-computed values. */
class PublicStatisticsTest {

    private static Map<String, Long> bases(Object... codeAndBase) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndBase.length; i += 2) {
            m.put((String) codeAndBase[i], ((Number) codeAndBase[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void nothingIsHiddenWhenEveryCenterHasAtLeastFiveCases() {
        assertEquals(Map.of(), PublicStatistics.suppress(bases("A", 5, "B", 12)));
    }

    @Test
    void aSmallCellHidesTheSmallestOtherCenterSoTheRegionTotalRevealsNothing() {
        // region 53 = A 20 + B 3 + C 30: hiding B alone would give it away as 53 − 20 − 30 = 3
        Map<String, Suppression> hidden = PublicStatistics.suppress(bases("A", 20, "B", 3, "C", 30));
        assertEquals(Map.of("B", SMALL_CELL, "A", COMPLEMENTARY), hidden);
        // what a reader can work out: 53 − 30 = 23 = A + B, neither alone
    }

    @Test
    void twoSmallCellsTogetherUnderFiveHideOneMore() {
        // A 2 + B 1 = 3 < 5 would still be a small cell shared by two: D (9, the smallest visible) is hidden too
        Map<String, Suppression> hidden = PublicStatistics.suppress(bases("A", 2, "B", 1, "C", 40, "D", 9));
        assertEquals(Map.of("A", SMALL_CELL, "B", SMALL_CELL, "D", COMPLEMENTARY), hidden);
    }

    @Test
    void twoSmallCellsTogetherAtLeastFiveNeedNoMore() {
        assertEquals(Map.of("A", SMALL_CELL, "B", SMALL_CELL), PublicStatistics.suppress(bases("A", 4, "B", 3, "C", 9)));
    }

    @Test
    void zeroIsASmallCellAndTiesGoToTheSmallerCode() {
        assertEquals(Map.of("C", SMALL_CELL, "A", COMPLEMENTARY), PublicStatistics.suppress(bases("B", 7, "A", 7, "C", 0)));
    }

    @Test
    void aLoneCenterWithASmallCellHasNothingToHideWith() {
        assertEquals(Map.of("A", SMALL_CELL), PublicStatistics.suppress(bases("A", 3)));
    }

    private static final List<CenterSums> ROWS = List.of(
            // received, concluded, settled, durationSum, durationCount, confirmationsValid
            new CenterSums("浙江", "ZJ", "浙江中心", new Sums(25, 20, 12, 300, 16, 6)),
            new CenterSums("浙江", "NB", "宁波中心", new Sums(4, 3, 3, 30, 3, 0)),
            new CenterSums("浙江", "JX", "嘉兴中心", new Sums(40, 30, 24, 600, 25, 2)),
            new CenterSums("浙江", "HZ", "杭州中心", new Sums(0, 0, 0, 0, 0, 0)),
            new CenterSums("广东", "GD", "广东中心", new Sums(8, 6, 5, 70, 6, 0)));

    private static Region region(List<Region> all, String name) {
        return all.stream().filter(r -> r.region().equals(name)).findFirst().orElseThrow();
    }

    private static PublicStatistics.Figures center(Region r, String code) {
        return r.centers().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().figures();
    }

    @Test
    void regionsAndCentersWithHandComputedFigures() {
        List<Region> all = PublicStatistics.of(ROWS);
        assertEquals(List.of("广东", "浙江"), all.stream().map(Region::region).toList(), "regions in name order");
        Region zj = region(all, "浙江");
        assertEquals(List.of("JX", "NB", "ZJ"), zj.centers().stream().map(PublicStatistics.CenterFigures::code).toList(),
                "a center without any case in the year is left out");

        // region totals: sums of the centers
        assertEquals(69L, zj.figures().value(Figure.RECEIVED));
        assertEquals(53L, zj.figures().value(Figure.CONCLUDED));
        assertEquals(new BigDecimal("0.7358"), zj.figures().value(Figure.SUCCESS_RATE)); // 39 / 53
        assertEquals(new BigDecimal("21.14"), zj.figures().value(Figure.MEAN_DURATION_DAYS)); // 930 / 44
        assertEquals(8L, zj.figures().value(Figure.CONFIRMATIONS_VALID), "8 ≥ 5 though every center is hidden");

        // JX shown, except confirmations (2)
        PublicStatistics.Figures jx = center(zj, "JX");
        assertEquals(40L, jx.value(Figure.RECEIVED));
        assertEquals(30L, jx.value(Figure.CONCLUDED));
        assertEquals(new BigDecimal("0.8000"), jx.value(Figure.SUCCESS_RATE));
        assertEquals(new BigDecimal("24.00"), jx.value(Figure.MEAN_DURATION_DAYS));
        assertNull(jx.value(Figure.CONFIRMATIONS_VALID));
        assertEquals(SMALL_CELL, jx.suppression(Figure.CONFIRMATIONS_VALID));

        // NB: every figure under 5; ZJ hidden with it (the smallest visible), its confirmations (6) too: 0 + 2 < 5
        for (Figure f : Figure.values()) {
            assertNull(center(zj, "NB").value(f), f.name());
            assertEquals(SMALL_CELL, center(zj, "NB").suppression(f), f.name());
            assertNull(center(zj, "ZJ").value(f), f.name());
            assertEquals(COMPLEMENTARY, center(zj, "ZJ").suppression(f), f.name());
        }

        Region gd = region(all, "广东");
        assertEquals(8L, gd.figures().value(Figure.RECEIVED));
        assertEquals(new BigDecimal("0.8333"), center(gd, "GD").value(Figure.SUCCESS_RATE)); // 5 / 6
        assertEquals(new BigDecimal("11.67"), center(gd, "GD").value(Figure.MEAN_DURATION_DAYS)); // 70 / 6
        assertEquals(SMALL_CELL, gd.figures().suppression(Figure.CONFIRMATIONS_VALID), "a region's own 0 is small");
        assertNull(gd.figures().value(Figure.CONFIRMATIONS_VALID));
    }

    @Test
    void noRegionTotalMinusItsVisibleCentersRevealsASmallCell() {
        for (Region r : PublicStatistics.of(ROWS)) {
            for (Figure f : List.of(Figure.RECEIVED, Figure.CONCLUDED, Figure.CONFIRMATIONS_VALID)) {
                if (r.figures().value(f) == null) {
                    continue;
                }
                long rest = r.figures().value(f).longValue();
                int hidden = 0;
                for (PublicStatistics.CenterFigures c : r.centers()) {
                    if (c.figures().value(f) == null) {
                        hidden++;
                    } else {
                        rest -= c.figures().value(f).longValue();
                    }
                }
                assertTrue(hidden == 0 && rest == 0 || hidden >= 2 && rest >= PublicStatistics.MINIMUM_CASES,
                        r.region() + " " + f + ": " + hidden + " hidden, " + rest + " worked out");
            }
        }
    }

    @Test
    void aYearWithoutCasesHasNoRegion() {
        assertEquals(List.of(), PublicStatistics.of(List.of(new CenterSums("北京", "BJ", "北京中心",
                new Sums(0, 0, 0, 0, 0, 0)))));
    }
}
