package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The center construction indicators on hand-computed values (issue 11 §1). */
class CenterConstructionTest {

    @Test
    void ratesAndMeansOverTheMediatorsOnTheRoster() {
        CenterConstruction c = new CenterConstruction("CCPIT-L-BJ", "北京", 2, 6, 2, 7, new BigDecimal("200.0"), 1, 0);
        assertEquals(8, c.mediators());
        assertEquals(new BigDecimal("2"), c.valueOf(Indicator.VENUES));
        assertEquals(new BigDecimal("0.8750"), c.valueOf(Indicator.CERTIFICATE_VALID_RATE), "7 of 8");
        assertEquals(new BigDecimal("25.00"), c.valueOf(Indicator.TRAINING_HOURS_MEAN), "200 / 8");
        assertNull(c.valueOf(Indicator.SUCCESS_RATE), "not a construction indicator");
    }

    @Test
    void aCenterWithoutMediatorsHasNoRatesAndAgainstTheRangesOfASet() {
        CenterConstruction empty = new CenterConstruction("X", "X", 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);
        assertNull(empty.valueOf(Indicator.CERTIFICATE_VALID_RATE));
        assertNull(empty.valueOf(Indicator.TRAINING_HOURS_MEAN));
        assertEquals(BigDecimal.ZERO, empty.valueOf(Indicator.VENUES));
        IndicatorRange venues = new IndicatorRange(Indicator.VENUES, 0, BigDecimal.ONE, new BigDecimal("99999999"));
        assertFalse(venues.contains(empty.valueOf(Indicator.VENUES)), "no fixed venue: out of range");
    }

    @Test
    void constructionIndicatorsNeverScoreFromTheCasesCounters() {
        Counts lots = new Counts().add(Counter.ACCEPTED, 10).add(Counter.CONCLUDED, 5);
        for (Indicator i : Indicator.values()) {
            if (i.ofConstruction() || i.ofOpenCases()) {
                assertNull(i.valueOf(lots), i.name());
                assertFalse(Indicator.ofCases().contains(i));
                assertTrue(i.ofConstruction() != Indicator.ofRows().contains(i), i.name());
            } else {
                assertTrue(Indicator.ofCases().contains(i));
            }
        }
    }
}
