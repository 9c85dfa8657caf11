package org.sutiao.calendar.application;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.calendar.domain.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node's calendar is built once per stamp of loaded years and built again when the stamp changes: a year loaded
 * (on any node), or the stamp going back after a loading transaction rolled back.
 */
class CalendarCacheTest {
    private final CalendarCache cache = new CalendarCache();
    private final AtomicInteger builds = new AtomicInteger();

    private WorkingDayCalendar build(Set<Integer> years) {
        builds.incrementAndGet();
        return new WorkingDayCalendar(Map.of(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY), years);
    }

    @Test
    void theSameStampReusesTheCalendarAndAnotherRebuildsIt() {
        String y2026 = "2026@2026-01-01T00:00:00Z;";
        WorkingDayCalendar first = cache.get(y2026, () -> build(Set.of(2026)));
        assertSame(first, cache.get(y2026, () -> build(Set.of(2026))));
        assertEquals(1, builds.get(), "read once while nothing was loaded");

        String with2027 = y2026 + "2027@2026-12-07T09:00:00Z;";
        WorkingDayCalendar later = cache.get(with2027, () -> build(Set.of(2026, 2027)));
        assertTrue(later.isPublished(2027), "a newly loaded year is seen at the next call");
        assertEquals(2, builds.get());

        WorkingDayCalendar back = cache.get(y2026, () -> build(Set.of(2026)));
        assertFalse(back.isPublished(2027), "a rolled-back load is not kept");
        assertEquals(3, builds.get());
    }
}
