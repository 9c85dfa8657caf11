package org.sutiao.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PRC working-day rule on the shipped calendar, and the provisional rule for unpublished years. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = ShippedCalendar.load();

    @Test
    void makeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "Sat 2026-10-10 is a make-up workday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)), "Sun 2026-01-04 is a make-up workday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "National Day");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)), "Spring Festival Tuesday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 7)), "an ordinary Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 9)), "an ordinary Monday");
    }

    @Test
    void theStartDayIsNeverCounted() {
        DueDate due = calendar.addWorkingDays(LocalDate.of(2026, 3, 9), 1);
        assertEquals(LocalDate.of(2026, 3, 10), due.date());
        assertFalse(due.provisional());
    }

    @Test
    void unpublishedYearUsesStatutoryFixedHolidaysAndIsProvisional() {
        assertFalse(calendar.isPublished(2027));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)), "1 Jan is off even without the 2027 notice");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 10, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 4)));
        DueDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 3);
        assertEquals(LocalDate.of(2027, 1, 6), due.date());
        assertTrue(due.provisional());
    }

    @Test
    void aLoadedYearReplacesTheProvisionalRule() {
        WorkingDayCalendar with2027 = new WorkingDayCalendar(
                Map.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, LocalDate.of(2027, 1, 4), DayKind.HOLIDAY),
                Set.of(2026, 2027));
        DueDate due = with2027.addWorkingDays(LocalDate.of(2026, 12, 31), 3);
        assertEquals(LocalDate.of(2027, 1, 7), due.date(), "a (hypothetical) 4 Jan holiday moves the end");
        assertFalse(due.provisional());
    }

    @Test
    void calendarDayPeriodEndingOnARestDayMovesToTheNextWorkingDay() {
        DueDate due = calendar.addCalendarDays(LocalDate.of(2026, 9, 1), 30);
        assertEquals(LocalDate.of(2026, 10, 8), due.date(), "10-01 starts National Day: the next working day is 10-08");
        assertEquals(LocalDate.of(2026, 4, 13), calendar.addCalendarDays(LocalDate.of(2026, 3, 12), 30).date(),
                "Sat 04-11 → Mon 04-13");
        assertEquals(LocalDate.of(2026, 4, 10), calendar.addCalendarDays(LocalDate.of(2026, 3, 11), 30).date(),
                "a working day stays");
    }

    @Test
    void workingDaysLeftCountsDaysAfterTodayUpToTheDueDate() {
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)));
        assertEquals(-1, calendar.workingDaysBetween(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 10)));
    }
}
