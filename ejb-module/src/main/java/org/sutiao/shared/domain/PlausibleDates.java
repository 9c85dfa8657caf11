package org.sutiao.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How far from today a date typed by a person may plausibly lie, decided once (issue 9 §4: every date within a
 * plausible range). A date outside its window is a typing error (1900 for 2026, 9999 for a year), refused beside its
 * field with the window in the message, and nothing is written.
 * <ul>
 *   <li>Something that already happened — consent recorded, a subsidy granted, a fee paid, an obligation performed —
 *       lies within the last {@value #PAST_YEARS} years, and not after today (a few minutes of clock skew allowed
 *       for instants).</li>
 *   <li>A mediation session lies within {@value #SESSION_DAYS} days before or after now: a mediation runs 30 days
 *       (notice 法办〔2024〕623号 §4(4)3), extended only with every party's consent.</li>
 * </ul>
 */
public final class PlausibleDates {
    /** How many years back a past event may lie. */
    public static final int PAST_YEARS = 5;
    /** How many days before or after now a session may be scheduled. */
    public static final int SESSION_DAYS = 366;
    /** The message key; arguments: the first and the last plausible date. */
    public static final String OUT_OF_RANGE = "validation.dateOutOfRange";
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private PlausibleDates() {
    }

    /**
     * The error for a past event's date outside [today − {@value #PAST_YEARS} years, today], or null when it is
     * plausible (or null: "required" is the caller's rule).
     */
    public static InvalidInputException.FieldError past(String field, LocalDate date, LocalDate today) {
        LocalDate earliest = today.minusYears(PAST_YEARS);
        return date == null || (!date.isBefore(earliest) && !date.isAfter(today)) ? null
                : new InvalidInputException.FieldError(field, OUT_OF_RANGE, earliest, today);
    }

    /** {@link #past(String, LocalDate, LocalDate)} for an instant, judged on its Beijing date, with clock skew. */
    public static InvalidInputException.FieldError past(String field, Instant at, Instant now) {
        if (at == null) {
            return null;
        }
        LocalDate today = BusinessTime.dateOf(now);
        LocalDate earliest = today.minusYears(PAST_YEARS);
        return !BusinessTime.dateOf(at).isBefore(earliest) && !at.isAfter(now.plus(CLOCK_SKEW)) ? null
                : new InvalidInputException.FieldError(field, OUT_OF_RANGE, earliest, today);
    }

    /** The error for a session time more than {@value #SESSION_DAYS} days from now, or null. */
    public static InvalidInputException.FieldError session(String field, Instant when, Instant now) {
        if (when == null) {
            return null;
        }
        Instant from = now.minus(Duration.ofDays(SESSION_DAYS));
        Instant to = now.plus(Duration.ofDays(SESSION_DAYS));
        return !when.isBefore(from) && !when.isAfter(to) ? null : new InvalidInputException.FieldError(field,
                OUT_OF_RANGE, BusinessTime.dateOf(from), BusinessTime.dateOf(to));
    }
}
