package org.sutiao.evaluation.application;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code year} of the public statistics: four digits from 2000 to the current Beijing year, blank the current. */
class PublicStatisticsServiceTest {

    private static PublicStatisticsService at(String instant) {
        PublicStatisticsService s = new PublicStatisticsService();
        s.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return s;
    }

    @Test
    void blankIsTheCurrentBeijingYear() {
        assertEquals(2026, at("2026-12-31T15:59:59Z").year(null));
        // 16:00 UTC on 31 December is already New Year's Day in Beijing
        assertEquals(2027, at("2026-12-31T16:00:00Z").year(" "));
    }

    @Test
    void validYearsFromTwoThousandToThisYear() {
        assertEquals(2000, at("2026-06-01T00:00:00Z").year("2000"));
        assertEquals(2015, at("2026-06-01T00:00:00Z").year(" 2015 "));
        assertEquals(2026, at("2026-06-01T00:00:00Z").year("2026"));
    }

    @Test
    void nonsenseIsRefusedOnTheField() {
        for (String bad : new String[]{"abc", "1999", "2027", "-2015", "+2015", "20150", "２０１５", "2015.0"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> at("2026-06-01T00:00:00Z").year(bad), bad);
            assertEquals("year", e.fieldErrors().get(0).field(), bad);
            assertEquals("statistics.year", e.fieldErrors().get(0).messageKey(), bad);
        }
    }
}
