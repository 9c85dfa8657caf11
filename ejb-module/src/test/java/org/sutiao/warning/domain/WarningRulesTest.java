package org.sutiao.warning.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The threshold and urgency rules of early warnings on a hand-made calendar. */
class WarningRulesTest {
    /** 2026: Monday 5 Oct is a holiday (National Day), Saturday 10 Oct a make-up workday. */
    private static final WorkingDayCalendar CAL = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY),
            Set.of(2026));
    private static final LocalDate THU = LocalDate.of(2026, 12, 3);

    @Test
    void aCalendarThresholdReachesThatManyDaysAhead() {
        assertEquals(THU.plusDays(5), WarningRules.horizon(DayUnit.CALENDAR, 5, THU, CAL));
        assertEquals(THU, WarningRules.horizon(DayUnit.CALENDAR, 0, THU, CAL), "0: due today only");
    }

    @Test
    void aWorkingDayThresholdReachesOverTheWeekendUpToTheNextWorkingDay() {
        // Thursday, 1 working day: Friday is 1 working day ahead, the weekend is included, Monday is 2 ahead
        assertEquals(LocalDate.of(2026, 12, 6), WarningRules.horizon(DayUnit.WORKING, 1, THU, CAL));
        assertEquals(1, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 12, 4), THU, CAL));
        assertEquals(2, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 12, 7), THU, CAL));
        assertEquals(LocalDate.of(2026, 12, 3), WarningRules.horizon(DayUnit.WORKING, 0, THU, CAL),
                "0 working days: the last day only");
    }

    @Test
    void workingDaysSkipHolidaysAndCountMakeUpWorkdays() {
        LocalDate sep30 = LocalDate.of(2026, 9, 30); // Wednesday before the National Day break
        // 1 Oct–7 Oct off except Sat 3/Sun 4 which are weekend anyway; the next working day is Thursday 8 Oct
        assertEquals(LocalDate.of(2026, 10, 8), WarningRules.horizon(DayUnit.WORKING, 1, sep30, CAL));
        assertEquals(1, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 10, 8), sep30, CAL));
        // the make-up Saturday 10 Oct counts: Thu 8 (1), Fri 9 (2), Sat 10 (3)
        assertEquals(3, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 10, 10), sep30, CAL));
    }

    @Test
    void daysLeftAreNegativeOnceTheDueDatePassedInEitherUnit() {
        assertEquals(-3, WarningRules.daysLeft(DayUnit.CALENDAR, THU.minusDays(3), THU, CAL));
        assertEquals(-1, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 12, 2), THU, CAL));
        assertEquals(-1, WarningRules.daysLeft(DayUnit.WORKING, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), CAL));
        assertEquals(0, WarningRules.daysLeft(DayUnit.WORKING, THU, THU, CAL));
    }

    @Test
    void urgencyPutsOverdueFirstThenTheEarliestDueThenCaseAndKind() {
        record U(LocalDate dueDate, Long caseId, WarningKind kind) implements WarningRules.Urgency {
        }
        List<U> list = new ArrayList<>(List.of(new U(THU.plusDays(2), 1L, WarningKind.MEDIATION),
                new U(THU, 9L, WarningKind.ACCEPTANCE), new U(THU.minusDays(1), 5L, WarningKind.FAILURE_REPORT),
                new U(THU, 3L, WarningKind.RESPONDENT_CONSENT), new U(THU, 3L, WarningKind.ACCEPTANCE)));
        list.sort(WarningRules.BY_URGENCY);
        assertEquals(List.of(new U(THU.minusDays(1), 5L, WarningKind.FAILURE_REPORT),
                new U(THU, 3L, WarningKind.ACCEPTANCE), new U(THU, 3L, WarningKind.RESPONDENT_CONSENT),
                new U(THU, 9L, WarningKind.ACCEPTANCE), new U(THU.plusDays(2), 1L, WarningKind.MEDIATION)), list);
    }

    @Test
    void stalledCasesAreThoseInMediationForTheThresholdsDays() {
        assertEquals(THU.minusDays(20), WarningRules.stalledAcceptedBy(THU, 20));
        assertEquals(THU, WarningRules.stalledFrom(THU.minusDays(20), 20), "reached today: 0 days left");
        assertEquals(-4, WarningRules.daysLeft(DayUnit.CALENDAR, WarningRules.stalledFrom(THU.minusDays(24), 20),
                THU, CAL));
    }

    @Test
    void theConfirmationWindowRangeHoldsExactlyTheAgreementsWhoseWindowEndsWithinTheThreshold() {
        LocalDate today = LocalDate.of(2026, 11, 2); // Monday
        LocalDate horizon = today.plusDays(5);
        WarningRules.DateRange r = WarningRules.confirmationEffectiveRange(today, horizon, CAL);
        for (LocalDate e = today.minusDays(60); e.isBefore(today); e = e.plusDays(1)) {
            LocalDate end = MediationPeriod.confirmationWindowEnd(e, CAL).date();
            boolean inWindow = !end.isBefore(today) && !end.isAfter(horizon);
            boolean inRange = !e.isBefore(r.from()) && !e.isAfter(r.to());
            assertEquals(inWindow, inRange, "effective on " + e + ", window ends " + end);
        }
        // 1 Nov 2026 is a Sunday: an agreement effective on 2 Oct has its window end moved to Monday 2 Nov
        assertTrue(!r.from().isAfter(LocalDate.of(2026, 10, 2)));
    }

    @Test
    void thresholdsAreBoundedPerKindAndUnknownKindsAreNotParsed() {
        assertThrows(InvalidInputException.class,
                () -> new WarningThreshold(WarningKind.STALLED, 0, Instant.EPOCH, "hq"));
        assertThrows(InvalidInputException.class,
                () -> new WarningThreshold(WarningKind.MEDIATION, 31, Instant.EPOCH, "hq"));
        assertEquals(0, new WarningThreshold(WarningKind.ACCEPTANCE, 0, Instant.EPOCH, "hq").days());
        assertEquals(WarningKind.STALLED, WarningKind.parse(" STALLED "));
        assertNull(WarningKind.parse("stalled"));
        assertNull(WarningKind.parse("ACCEPTANCE_REMINDER"));
        assertEquals(DayUnit.WORKING, WarningKind.ACCEPTANCE.unit());
        assertEquals(DayUnit.CALENDAR, WarningKind.MEDIATION.unit());
        for (WarningKind k : WarningKind.values()) {
            assertTrue(k.defaultDays() >= k.minDays() && k.defaultDays() <= k.maxDays(), k.name());
            if (k.deadline() != null) {
                assertEquals(k.name(), k.deadline().name(), "deadline kinds sort by the same name in SQL and Java");
            }
        }
    }
}
