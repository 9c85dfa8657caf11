package org.sutiao.calendar.domain;

import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The last day of a period (a Beijing business date) and whether it is provisional: computed across a year
 * whose holiday notice was not loaded, from weekends and the statutory holidays only (see
 * {@link WorkingDayCalendar}).
 *
 * @param date        last day of the period, inclusive
 * @param provisional true when a year without published calendar data was used
 */
public record DueDate(LocalDate date, boolean provisional) {
    /** Exclusive end instant: 24:00 Beijing time of {@link #date()}. */
    public Instant end() {
        return BusinessTime.endOf(date);
    }
}
