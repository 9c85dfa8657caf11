package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorSetTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private static IndicatorSet set(List<IndicatorRange> items) {
        return new IndicatorSet(null, TODAY.plusDays(1), 90, 70, items, TODAY, Instant.EPOCH, "hq");
    }

    private static IndicatorRange range(Indicator i, int weight, String min, String max) {
        return new IndicatorRange(i, weight, new BigDecimal(min), new BigDecimal(max));
    }

    @Test
    void theScoreIsTheWeightWithinRangeOverTheWeightWithAValue() {
        IndicatorSet s = set(List.of(range(Indicator.SUCCESS_RATE, 60, "0.3", "0.95"),
                range(Indicator.ACCEPTED_ON_TIME_RATE, 30, "0.9", "1"),
                range(Indicator.SATISFACTION_MEAN, 10, "3.5", "5")));
        Counts c = new Counts().add(Counter.CONCLUDED, 4).add(Counter.SETTLED_FULL, 2)
                .add(Counter.ACCEPTED, 10).add(Counter.ACCEPTED_ON_TIME, 8);
        Scorecard card = s.score(c);
        assertEquals(67, card.score(), "60 of 90 weighed points: no rating, so satisfaction is not weighed");
        assertEquals(Grade.FAIL, card.grade());
        assertEquals(List.of("ACCEPTED_ON_TIME_RATE"), card.outOfRange());
        c.add(Counter.ACCEPTED_ON_TIME, 1);
        assertEquals(100, s.score(c).score(), "0.9 is within its range, ends included");
        assertEquals(Grade.EXCELLENT, s.score(c).grade());
        c.add(Counter.SATISFACTION_SUM, 3).add(Counter.SATISFACTION_COUNT, 1);
        assertEquals(90, s.score(c).score());
        assertEquals(Grade.EXCELLENT, s.score(c).grade(), "≥ 90 is excellent");
        assertEquals(Grade.GOOD, s.grade(89));
        assertEquals(Grade.GOOD, s.grade(70));
        assertEquals(Grade.FAIL, s.grade(69));
    }

    @Test
    void openCasesPastDueAreACountAgainstTheirRangeWeighedByTheirWeightOnly() {
        Counts c = new Counts().add(Counter.CONCLUDED, 4).add(Counter.SETTLED_FULL, 2);
        IndicatorSet unweighted = set(List.of(range(Indicator.SUCCESS_RATE, 60, "0.3", "0.95"),
                range(Indicator.OPEN_PAST_DUE, 0, "0", "0")));
        Scorecard none = unweighted.score(c, 0L);
        assertEquals(new BigDecimal("0"), none.values().get(Indicator.OPEN_PAST_DUE));
        assertEquals(List.of(), none.outOfRange(), "0 lies in 0–0");
        Scorecard two = unweighted.score(c, 2L);
        assertEquals(new BigDecimal("2"), two.values().get(Indicator.OPEN_PAST_DUE));
        assertEquals(List.of("OPEN_PAST_DUE"), two.outOfRange(), "2 open cases past due lie outside 0–0");
        assertEquals(100, two.score(), "weight 0: the success rate 2/4 = 0.5 alone scores, 60 of 60 points");
        assertNull(unweighted.score(c).values().get(Indicator.OPEN_PAST_DUE), "not read: no value");
        assertEquals(List.of(), unweighted.score(c).outOfRange());

        IndicatorSet weighted = set(List.of(range(Indicator.SUCCESS_RATE, 60, "0.3", "0.95"),
                range(Indicator.OPEN_PAST_DUE, 20, "0", "1")));
        assertEquals(100, weighted.score(c, 1L).score(), "1 lies in 0–1: 80 of 80 points");
        assertEquals(75, weighted.score(c, 3L).score(), "3 outside 0–1: 60 of 80 points");
        assertNull(Indicator.OPEN_PAST_DUE.valueOf(c), "never a value over the period's counters");
        assertTrue(Indicator.ofRows().contains(Indicator.OPEN_PAST_DUE));
        assertTrue(!Indicator.ofCases().contains(Indicator.OPEN_PAST_DUE), "not a counter of the period");
    }

    @Test
    void withoutDataThereIsNoScore() {
        Scorecard card = set(List.of(range(Indicator.SUCCESS_RATE, 60, "0.3", "0.95"))).score(new Counts());
        assertNull(card.score());
        assertNull(card.grade());
        assertTrue(card.outOfRange().isEmpty());
    }

    @Test
    void aVersionTakesEffectAfterTodayAndAfterTheLatest() {
        List<IndicatorRange> items = List.of(range(Indicator.SUCCESS_RATE, 10, "0", "1"));
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> new IndicatorSet(null, TODAY, 90, 70, items, TODAY, Instant.EPOCH, "hq"));
        assertEquals("effectiveFrom", past.fieldErrors().get(0).field());
        IndicatorSet v1 = set(items);
        assertEquals(1, v1.version());
        IndicatorSet v2 = new IndicatorSet(v1, TODAY.plusDays(2), 90, 70, items, TODAY, Instant.EPOCH, "hq");
        assertEquals(2, v2.version());
        assertThrows(InvalidInputException.class,
                () -> new IndicatorSet(v2, TODAY.plusDays(2), 90, 70, items, TODAY, Instant.EPOCH, "hq"));
    }

    @Test
    void badThresholdsWeightsAndRangesAreRefusedOnTheirField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new IndicatorSet(null,
                TODAY.plusDays(1), 70, 90, List.of(range(Indicator.SUCCESS_RATE, -1, "1", "0"),
                range(Indicator.SUCCESS_RATE, 0, "0", "1")), TODAY, Instant.EPOCH, "hq"));
        List<String> fields = e.fieldErrors().stream().map(InvalidInputException.FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("excellentFrom", "indicators[0].weight", "indicators[0].min",
                "indicators[1].code", "indicators")), fields.toString());
    }

    @Test
    void theMedianOfAHistogramIsExact() {
        Counts c = new Counts().addDuration(5, 2).addDuration(9, 1).addDuration(40, 1);
        assertEquals(7.0, c.medianDuration(), "5, 5 | 9, 40");
        c.addDuration(1, 1);
        assertEquals(5.0, c.medianDuration(), "1, 5, [5], 9, 40");
    }
}
