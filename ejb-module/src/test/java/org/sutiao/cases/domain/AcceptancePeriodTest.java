package org.sutiao.cases.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.ShippedCalendar;
import org.sutiao.calendar.domain.WorkingDayCalendar;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance period: end of the 3rd working day after the push date (push date not counted), dates in Beijing
 * time. Checked on the named edge cases and on every demo case's expected due date.
 */
class AcceptancePeriodTest {
    private final WorkingDayCalendar calendar = ShippedCalendar.load();

    private LocalDate due(String pushedAt) {
        return AcceptancePeriod.dueFor(OffsetDateTime.parse(pushedAt).toInstant(), calendar).date();
    }

    @Test
    void pushOnTheLastWorkingDayBeforeNationalDay() {
        assertEquals(LocalDate.of(2026, 10, 10), due("2026-09-30T17:20:00+08:00"),
                "10-08, 10-09 and the make-up Saturday 10-10");
    }

    @Test
    void deadlineLandsOnAMakeUpSaturday() {
        assertEquals(LocalDate.of(2026, 5, 9), due("2026-05-06T09:05:00+08:00"));
    }

    @Test
    void pushOnAMakeUpSaturdayDoesNotCountThatDay() {
        assertEquals(LocalDate.of(2026, 2, 26), due("2026-02-14T10:00:00+08:00"), "02-24, 02-25, 02-26");
    }

    @Test
    void pushOnASundayCountsFromMonday() {
        assertEquals(LocalDate.of(2026, 3, 11), due("2026-03-08T15:00:00+08:00"));
    }

    @Test
    void sevenInTheMorningBeijingTimeIsTheBeijingDateNotTheUtcDate() {
        Instant push = OffsetDateTime.parse("2026-03-10T07:00:00+08:00").toInstant();
        assertEquals("2026-03-09T23:00:00Z", push.toString(), "UTC still says the 9th");
        assertEquals(LocalDate.of(2026, 3, 13), AcceptancePeriod.dueFor(push, calendar).date());
    }

    @Test
    void periodEndsAt24HoursBeijingTimeAndTheReminderAtTheStartOfTheLastDay() {
        DueDate d = AcceptancePeriod.dueFor(OffsetDateTime.parse("2026-01-12T10:15:00+08:00").toInstant(), calendar);
        assertEquals(Instant.parse("2026-01-15T16:00:00Z"), d.end());
        assertEquals(Instant.parse("2026-01-14T16:00:00Z"), AcceptancePeriod.reminderAt(d));
    }

    @Test
    void pushOnDecember31NeedsTheMissingYearAndIsProvisional() {
        DueDate d = AcceptancePeriod.dueFor(OffsetDateTime.parse("2026-12-31T16:45:00+08:00").toInstant(), calendar);
        assertEquals(LocalDate.of(2027, 1, 6), d.date());
        assertTrue(d.provisional());
    }

    @TestFactory
    List<DynamicTest> everyDemoCaseGetsTheDueDateOfItsTestHint() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (JsonReader r = Json.createReader(new InputStreamReader(
                getClass().getResourceAsStream("/seed/cases.json"), StandardCharsets.UTF_8))) {
            for (JsonValue v : r.readObject().getJsonArray("cases")) {
                JsonObject c = v.asJsonObject();
                String id = c.getString("id");
                String pushedAt = c.getString("pushed_at");
                LocalDate expected = LocalDate.parse(c.getJsonObject("test_hints").getString("accept_deadline_date"));
                tests.add(DynamicTest.dynamicTest(id + " pushed " + pushedAt,
                        () -> assertEquals(expected, due(pushedAt))));
            }
        }
        assertEquals(40, tests.size());
        assertFalse(tests.isEmpty());
        return tests;
    }
}
