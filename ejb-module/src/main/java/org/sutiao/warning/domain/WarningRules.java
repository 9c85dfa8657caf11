package org.sutiao.warning.domain;

import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.MediationPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * The rules of early warnings (issue 11 §2), without a database: which due dates a threshold reaches, the days left
 * in the kind's own unit, and the order of urgency.
 * <ul>
 *   <li>A deadline counted in working days warns while at most {@code threshold} working days lie after today up to
 *       its due date (0 on the last day, {@link WorkingDayCalendar#workingDaysBetween}); in calendar days while at
 *       most {@code threshold} calendar days do. A due date already passed (negative days left) always warns while
 *       its deadline is open.</li>
 *   <li>Urgency: the earliest due date first (so anything overdue before anything due today), then by case id and
 *       kind name: one total order for the database and the merge of the sources.</li>
 * </ul>
 */
public final class WarningRules {
    /** Most urgent first: by due date, then case id, then kind name (the database orders by the same keys). */
    public static final Comparator<Urgency> BY_URGENCY = Comparator.comparing(Urgency::dueDate)
            .thenComparing(Urgency::caseId).thenComparing(u -> u.kind().name());

    private WarningRules() {
    }

    /** What urgency is judged by. */
    public interface Urgency {
        LocalDate dueDate();

        Long caseId();

        WarningKind kind();
    }

    /**
     * The latest due date that {@code days} of {@code unit} reach from {@code today}: in calendar days
     * {@code today + days}; in working days the day before the ({@code days + 1})-th working day after today (so
     * that the rest days after the last counted working day, on which nothing can fall due, are included).
     *
     * @param days the threshold, at least 0
     */
    public static LocalDate horizon(DayUnit unit, int days, LocalDate today, WorkingDayCalendar calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0");
        }
        return unit == DayUnit.CALENDAR ? today.plusDays(days)
                : calendar.addWorkingDays(today, days + 1).date().minusDays(1);
    }

    /**
     * Days from {@code today} to {@code due} in {@code unit}: 0 on the due date, negative once it passed (working
     * days: the working days between, negated).
     */
    public static int daysLeft(DayUnit unit, LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        return unit == DayUnit.CALENDAR ? Math.toIntExact(ChronoUnit.DAYS.between(today, due))
                : calendar.workingDaysBetween(today, due);
    }

    /**
     * 久调不决 risk: the day a case accepted on {@code acceptedOn} reaches {@code days} calendar days in mediation (its
     * warning's due date; the warning shows from that day on while no session was scheduled in the last
     * {@code days} days).
     */
    public static LocalDate stalledFrom(LocalDate acceptedOn, int days) {
        return acceptedOn.plusDays(days);
    }

    /**
     * The last day a case accepted may have been accepted on to be at 久调不决 risk today: in mediation at least
     * {@code days} calendar days ({@code today - days}); also the last day a session must not lie after.
     */
    public static LocalDate stalledAcceptedBy(LocalDate today, int days) {
        return today.minusDays(days);
    }

    /**
     * The agreements whose window for a joint application for judicial confirmation
     * ({@link MediationPeriod#confirmationWindowEnd}: 30 calendar days, moved off rest days) ends from
     * {@code today} up to {@code horizon}: the first and last effective dates, inclusive (the window's end only grows
     * with the effective date, so the agreements between them are exactly those). {@code from} is after {@code to}
     * when there are none.
     */
    public static DateRange confirmationEffectiveRange(LocalDate today, LocalDate horizon, WorkingDayCalendar calendar) {
        LocalDate from = today.minusDays(30 + 15); // no run of rest days is longer than 15
        while (MediationPeriod.confirmationWindowEnd(from, calendar).date().isBefore(today)) {
            from = from.plusDays(1);
        }
        LocalDate to = horizon.minusDays(30);
        while (MediationPeriod.confirmationWindowEnd(to, calendar).date().isAfter(horizon)) {
            to = to.minusDays(1);
        }
        return new DateRange(from, to);
    }

    /** A range of dates, both ends inclusive. */
    public record DateRange(LocalDate from, LocalDate to) {
    }
}
