package org.sutiao.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fallback holidays of 国务院令第795号 against the dates the Purple Mountain Observatory published for 2025–2030
 * (除夕, 清明, 端午, 中秋), and against the loaded 2025 and 2026 notices.
 */
class StatutoryHolidaysTest {
    /** year, 除夕, 清明, 端午, 中秋 as published. */
    private static final List<LocalDate[]> PUBLISHED = List.of(
            dates("2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06"),
            dates("2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"),
            dates("2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"),
            dates("2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"),
            dates("2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"),
            dates("2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"));

    @Test
    void lunarFestivalsAndQingmingMatchThePublishedDates2025To2030() {
        for (LocalDate[] p : PUBLISHED) {
            int year = p[1].getYear();
            assertEquals(p[0], LunarCalendar.newYearsEve(year), "除夕 " + year);
            assertEquals(p[1], LunarCalendar.qingming(year), "清明 " + year);
            assertEquals(p[2], LunarCalendar.toGregorian(year, 5, 5), "端午 " + year);
            assertEquals(p[3], LunarCalendar.toGregorian(year, 8, 15), "中秋 " + year);
        }
    }

    @Test
    void aNewMoonJustBeforeOrAfterBeijingMidnightGivesTheRightDay() {
        assertEquals(LocalDate.of(2027, 2, 6), LunarCalendar.toGregorian(2027, 1, 1), "new moon 23:56 on 6 Feb 2027");
        assertEquals(LocalDate.of(2030, 2, 3), LunarCalendar.toGregorian(2030, 1, 1), "new moon 00:07 on 3 Feb 2030");
    }

    @Test
    void everyYearFrom2025HasTheThirteenDaysOfTheAmendedRule() {
        for (LocalDate[] p : PUBLISHED) {
            int year = p[1].getYear();
            Map<LocalDate, String> h = StatutoryHolidays.of(year);
            LocalDate eve = p[0];
            List<LocalDate> expected = List.of(LocalDate.of(year, 1, 1), eve, eve.plusDays(1), eve.plusDays(2),
                    eve.plusDays(3), p[1], LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2), p[2], p[3],
                    LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
            assertEquals(expected.stream().distinct().sorted().toList(), List.copyOf(h.keySet()), "year " + year);
            assertEquals("春节", h.get(eve));
            assertEquals("清明节", h.get(p[1]));
        }
        assertEquals(12, StatutoryHolidays.of(2028).size(), "中秋 2028 falls on 3 October: one day less");
        assertEquals("国庆节、中秋节", StatutoryHolidays.of(2028).get(LocalDate.of(2028, 10, 3)));
    }

    @Test
    void beforeTheAmendmentSpringFestivalStartsOnNewYearsDayAndMayDayIsOneDay() {
        Map<LocalDate, String> h = StatutoryHolidays.of(2024);
        assertFalse(h.containsKey(LocalDate.of(2024, 2, 9)), "除夕 2024 was not a statutory holiday");
        assertTrue(h.containsKey(LocalDate.of(2024, 2, 10)));
        assertTrue(h.containsKey(LocalDate.of(2024, 2, 12)));
        assertFalse(h.containsKey(LocalDate.of(2024, 5, 2)));
        assertEquals(11, h.size());
    }

    @Test
    void theLoadedNoticesOf2025And2026HoldEveryStatutoryHoliday() {
        WorkingDayCalendar shipped = ShippedCalendar.load();
        for (int year : new int[]{2025, 2026}) {
            assertTrue(shipped.isPublished(year));
            StatutoryHolidays.of(year).forEach((date, name) ->
                    assertFalse(shipped.isWorkingDay(date), year + ": " + name + " " + date + " is off in the notice"));
        }
    }

    @Test
    void anUnloadedYearRestsOnEveryStatutoryHolidayAndOnWeekendsOnly() {
        WorkingDayCalendar shipped = ShippedCalendar.load();
        assertFalse(shipped.isPublished(2027));
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            assertEquals(!weekend && !StatutoryHolidays.isHoliday(d), shipped.isWorkingDay(d), d.toString());
        }
        assertFalse(shipped.isWorkingDay(LocalDate.of(2027, Month.FEBRUARY, 5)), "除夕 2027, a Friday");
        assertFalse(shipped.isWorkingDay(LocalDate.of(2027, Month.FEBRUARY, 8)), "初三 2027, a Monday");
        assertTrue(shipped.isWorkingDay(LocalDate.of(2027, Month.FEBRUARY, 9)), "初四: no bridging day is guessed");
        DueDate due = shipped.addWorkingDays(LocalDate.of(2027, 2, 4), 3);
        assertEquals(LocalDate.of(2027, 2, 11), due.date(), "Thu 4 Feb + 3 working days skips 5–8 Feb");
        assertTrue(due.provisional());
    }

    private static LocalDate[] dates(String eve, String qingming, String duanwu, String midAutumn) {
        return new LocalDate[]{LocalDate.parse(eve), LocalDate.parse(qingming), LocalDate.parse(duanwu),
                LocalDate.parse(midAutumn)};
    }
}
