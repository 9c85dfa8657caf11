package org.sutiao.cases.domain;

import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The arithmetic of the mediation period (notice 法办〔2024〕623号 §4(4)3; 民事诉讼法 Art. 85). Pure: no database, no
 * clock.
 * <ul>
 * <li>The period runs {@code calendarDays} calendar days from the acceptance date (day 0 not counted).</li>
 * <li>An extension to which every party consented replaces the nominal end with the date the mediator proposed;
 * the latest extension in effect wins.</li>
 * <li>A suspension for appraisal or evaluation (鉴定评估) from date S to date E adds E − S days; only suspensions
 * that ended after the extension in effect took effect are added to it (the proposed date already reflected the
 * earlier ones). A suspension still running adds nothing yet: the due date moves when it ends.</li>
 * <li>A period whose last day is a rest day ends on the next working day.</li>
 * </ul>
 */
public final class MediationPeriod {
    private MediationPeriod() {
    }

    /**
     * A suspension span.
     *
     * @param start   first day suspended (Beijing date)
     * @param end     the day mediation resumed, or null while it runs
     * @param endedAt the instant the suspension was ended on the platform, or null while it runs
     */
    public record Span(LocalDate start, LocalDate end, Instant endedAt) {
        /** Calendar days the span adds: E − S, 0 while running. */
        public long days() {
            return end == null ? 0 : ChronoUnit.DAYS.between(start, end);
        }
    }

    /**
     * An extension in effect.
     *
     * @param newDueDate  the date the mediator proposed and every party accepted
     * @param effectiveAt when the last consent arrived
     */
    public record Extension(LocalDate newDueDate, Instant effectiveAt) {
    }

    /**
     * The due date of the mediation period.
     *
     * @param acceptedOn   acceptance date (Beijing)
     * @param calendarDays configured length, calendar days
     * @param extension    the latest extension in effect, or null
     * @param suspensions  every suspension of the case, in any order
     * @return the last day of mediation (the period ends 24:00 that day), provisional when the calendar of that
     * year is not loaded yet
     */
    public static DueDate due(LocalDate acceptedOn, int calendarDays, Extension extension, List<Span> suspensions,
                              WorkingDayCalendar calendar) {
        LocalDate nominal = extension == null ? acceptedOn.plusDays(calendarDays) : extension.newDueDate();
        long added = suspensions.stream()
                .filter(s -> extension == null || s.endedAt() != null && s.endedAt().isAfter(extension.effectiveAt()))
                .mapToLong(Span::days).sum();
        return calendar.onOrNextWorkingDay(nominal.plusDays(added));
    }

    /**
     * The last day on which the parties may jointly apply for judicial confirmation: 30 calendar days after the
     * agreement took effect (民事诉讼法 Art. 205), moved to the next working day when it is a rest day (Art. 85).
     *
     * @param agreementEffectiveOn the Beijing date of the last signature
     */
    public static DueDate confirmationWindowEnd(LocalDate agreementEffectiveOn, WorkingDayCalendar calendar) {
        return calendar.addCalendarDays(agreementEffectiveOn, 30);
    }
}
