package org.sutiao.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * All business dates are dates in Asia/Shanghai; instants are stored in UTC (DESIGN.md §2). A deadline that
 * ends "at the end of" a date ends at 24:00 Beijing time, i.e. the first instant of the next day (exclusive).
 */
public final class BusinessTime {
    /** The zone of every business date: China Standard Time, UTC+8, no daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /**
     * Today's business date: the calendar date in Beijing now. Use it, never the zone-less {@code LocalDate.now}, whose date
     * is the host's and differs from Beijing's between 16:00 and 24:00 UTC.
     */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The Beijing calendar date of an instant (07:00 Beijing on the 5th is the 5th, although UTC says the 4th). */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The exclusive end of a business date: 00:00 Beijing time of the next day, as an instant. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** 00:00 Beijing time of the date, as an instant. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
