package org.sutiao.evaluation.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a date range [from, to] (Beijing days, both included) is read from the summaries (issue 11 §1: "any date
 * range"): its whole calendar months from the monthly rows, and the days of the partial months at its edges from the
 * daily rows — at most two runs of days, each shorter than a month (one run of up to 61 days when the range holds no
 * whole month). The parts never overlap and together cover exactly the range.
 *
 * @param months the first days of the first and last whole month, or null when the range holds none
 * @param days   the runs of days read from the daily rows, in order
 */
public record PeriodParts(Span months, List<Span> days) {

    /** A run of dates [from, to], both included. */
    public record Span(LocalDate from, LocalDate to) {
    }

    /**
     * The parts of [from, to].
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} (the service checks it first)
     */
    public static PeriodParts of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWholeEnd = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to
                : to.withDayOfMonth(1).minusDays(1);
        List<Span> days = new ArrayList<>();
        if (firstWhole.isAfter(lastWholeEnd)) {
            days.add(new Span(from, to));
            return new PeriodParts(null, days);
        }
        if (from.isBefore(firstWhole)) {
            days.add(new Span(from, firstWhole.minusDays(1)));
        }
        if (to.isAfter(lastWholeEnd)) {
            days.add(new Span(lastWholeEnd.plusDays(1), to));
        }
        return new PeriodParts(new Span(firstWhole, lastWholeEnd.withDayOfMonth(1)), days);
    }
}
