package org.sutiao.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The PRC working-day calendar. A date is a working day when it is a published make-up workday, or a
 * Monday–Friday that is not a published holiday; every other date is a rest day. Immutable snapshot.
 * <p>
 * Years without a published State Council notice are never guessed as all-working: they use weekends plus every
 * statutory holiday of 《全国年节及纪念日放假办法》 (国务院令第795号 from 2025: 元旦, 春节 除夕–初三, 清明, 1–2 May, 端午,
 * 中秋, 1–3 Oct; lunar dates and 清明 from {@link StatutoryHolidays}); no bridging day or make-up workday is guessed,
 * and every result that touched such a year is flagged provisional (see {@link DueDate}).
 */
public final class WorkingDayCalendar {
    /** A bound on the search for a working day; the longest PRC break is 9 days. */
    private static final int MAX_SEARCH_DAYS = 60;

    private final Map<LocalDate, DayKind> published;
    private final Set<Integer> publishedYears;

    /**
     * @param published      the published entries (holidays and make-up workdays) of the loaded years
     * @param publishedYears the years whose notice is loaded (an empty year of entries still counts as loaded)
     */
    public WorkingDayCalendar(Map<LocalDate, DayKind> published, Set<Integer> publishedYears) {
        this.published = Map.copyOf(published);
        this.publishedYears = Set.copyOf(publishedYears);
    }

    /** True when the year's holiday notice is loaded. */
    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** Working day per the rule above; for an unpublished year, the provisional rule: weekends and statutory holidays. */
    public boolean isWorkingDay(LocalDate date) {
        if (isPublished(date.getYear())) {
            DayKind kind = published.get(date);
            if (kind != null) {
                return kind == DayKind.WORKDAY;
            }
        } else if (StatutoryHolidays.isHoliday(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code start}; {@code start} itself is never counted (民事诉讼法 Art. 85).
     *
     * @param start day 0 (e.g. the push date)
     * @param n     number of working days, at least 1
     * @return the date of the n-th working day, provisional if any day examined lies in an unpublished year
     */
    public DueDate addWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1");
        }
        LocalDate d = start;
        boolean provisional = false;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            provisional |= !isPublished(d.getYear());
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return new DueDate(d, provisional);
    }

    /**
     * The end of a calendar-day period: {@code start + days}; if that day is a rest day, the next working day
     * (民事诉讼法 Art. 85: the first day is not counted; a period ending on a rest day ends on the next working day).
     *
     * @param start the triggering date (not counted)
     * @param days  calendar days, at least 0
     */
    public DueDate addCalendarDays(LocalDate start, int days) {
        return onOrNextWorkingDay(start.plusDays(days));
    }

    /** {@code date} if it is a working day, otherwise the next working day. */
    public DueDate onOrNextWorkingDay(LocalDate date) {
        LocalDate d = date;
        boolean provisional = !isPublished(d.getYear());
        for (int i = 0; i < MAX_SEARCH_DAYS && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
            provisional |= !isPublished(d.getYear());
        }
        return new DueDate(d, provisional);
    }

    /**
     * Working days strictly after {@code from} up to and including {@code to}: on the push date of a 3-working-day
     * acceptance period this is 3, on its last day 0. Negative when {@code to} lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
