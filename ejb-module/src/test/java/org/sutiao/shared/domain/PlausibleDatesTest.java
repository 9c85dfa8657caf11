package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlausibleDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z"); // 10:00 Beijing

    @Test
    void aPastEventLiesWithinTheLastFiveYearsAndNotAfterToday() {
        assertNull(PlausibleDates.past("paidOn", TODAY, TODAY));
        assertNull(PlausibleDates.past("paidOn", LocalDate.of(2021, 12, 7), TODAY));
        assertNull(PlausibleDates.past("paidOn", null, TODAY), "required is another rule");
        InvalidInputException.FieldError old = PlausibleDates.past("paidOn", LocalDate.of(2021, 12, 6), TODAY);
        assertEquals("paidOn", old.field());
        assertEquals(PlausibleDates.OUT_OF_RANGE, old.messageKey());
        assertArrayEquals(new Object[]{LocalDate.of(2021, 12, 7), TODAY}, old.args());
        assertEquals(PlausibleDates.OUT_OF_RANGE, PlausibleDates.past("paidOn", LocalDate.of(1900, 1, 1), TODAY)
                .messageKey());
        assertEquals(PlausibleDates.OUT_OF_RANGE, PlausibleDates.past("paidOn", TODAY.plusDays(1), TODAY)
                .messageKey());
    }

    @Test
    void aPastInstantIsJudgedOnItsBeijingDateWithFiveMinutesOfClockSkew() {
        assertNull(PlausibleDates.past("consentRecordedAt", NOW.plusSeconds(299), NOW));
        assertEquals("consentRecordedAt", PlausibleDates.past("consentRecordedAt", NOW.plusSeconds(301), NOW).field());
        // 2021-12-06 16:00Z is already 2021-12-07 in Beijing: the first plausible day
        assertNull(PlausibleDates.past("consentRecordedAt", Instant.parse("2021-12-06T16:00:00Z"), NOW));
        assertEquals(PlausibleDates.OUT_OF_RANGE, PlausibleDates.past("consentRecordedAt",
                Instant.parse("2021-12-06T15:59:59Z"), NOW).messageKey());
        assertEquals(PlausibleDates.OUT_OF_RANGE, PlausibleDates.past("consentRecordedAt",
                Instant.parse("0000-01-01T00:00:00Z"), NOW).messageKey());
    }

    @Test
    void aSessionLiesWithinAYearOfNowEitherWay() {
        assertNull(PlausibleDates.session("scheduledAt", NOW.plusSeconds(86_400L * 366), NOW));
        assertNull(PlausibleDates.session("scheduledAt", NOW.minusSeconds(86_400L * 366), NOW));
        assertEquals("scheduledAt", PlausibleDates.session("scheduledAt", NOW.plusSeconds(86_400L * 367), NOW).field());
        assertEquals("scheduledAt", PlausibleDates.session("scheduledAt",
                Instant.parse("9999-12-31T00:00:00Z"), NOW).field());
        assertEquals("scheduledAt", PlausibleDates.session("scheduledAt",
                Instant.parse("1990-01-01T00:00:00Z"), NOW).field());
    }
}
