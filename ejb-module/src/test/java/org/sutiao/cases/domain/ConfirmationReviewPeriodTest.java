package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.ShippedCalendar;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.confirmation.domain.JudicialConfirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The court's 30 days to review a judicial confirmation (民事诉讼法 Art. 205; Art. 85 for the last day). */
class ConfirmationReviewPeriodTest {

    @Test
    void theReviewEndsThirtyDaysAfterTheLastPartyJoinedRolledPastTheNationalDayHolidays() {
        JudicialConfirmation j = new JudicialConfirmation(Fixtures.referred(), Fixtures.COURT);
        assertFalse(j.join(1L, Set.of(1L, 2L), Fixtures.PUSHED, LocalDate.of(2026, 8, 31), ShippedCalendar.load()));
        assertTrue(j.join(2L, Set.of(1L, 2L), Fixtures.PUSHED, LocalDate.of(2026, 9, 1), ShippedCalendar.load()));
        assertEquals(LocalDate.of(2026, 10, 8), j.reviewDueDate(), "1 Oct + rest days 1–7 Oct → 8 Oct");
    }

    @Test
    void aReviewEndingOnAWorkingDayStaysThere() {
        JudicialConfirmation j = new JudicialConfirmation(Fixtures.referred(), Fixtures.COURT);
        j.join(1L, Set.of(1L), Fixtures.PUSHED, LocalDate.of(2026, 3, 2), ShippedCalendar.load());
        assertEquals(LocalDate.of(2026, 4, 1), j.reviewDueDate());
    }

    @Test
    void aReviewEndingInAnUnloadedYearIsProvisionalAndRecomputedWhenTheYearIsLoaded() {
        WorkingDayCalendar shipped = ShippedCalendar.load();
        JudicialConfirmation j = new JudicialConfirmation(Fixtures.referred(), Fixtures.COURT);
        Instant joined = OffsetDateTime.parse("2027-01-06T10:00:00+08:00").toInstant();
        j.join(1L, Set.of(1L), joined, LocalDate.of(2027, 1, 6), shipped);
        DueDate provisional = JudicialConfirmation.reviewDue(LocalDate.of(2027, 1, 6), shipped);
        assertEquals(new DueDate(LocalDate.of(2027, 2, 9), true), provisional,
                "6 Jan + 30 = Fri 5 Feb, 除夕: rest days to 初三 Mon 8 Feb (国务院令第795号) → Tue 9 Feb");
        assertEquals(provisional.date(), j.reviewDueDate());

        Map<LocalDate, DayKind> notice = new HashMap<>();
        for (LocalDate d = LocalDate.of(2027, 2, 5); !d.isAfter(LocalDate.of(2027, 2, 11)); d = d.plusDays(1)) {
            notice.put(d, DayKind.HOLIDAY);
        }
        WorkingDayCalendar loaded = new WorkingDayCalendar(notice, Set.of(2026, 2027));
        DueDate recomputed = j.recomputeReviewDue(loaded);
        assertEquals(new DueDate(LocalDate.of(2027, 2, 12), false), recomputed);
        assertEquals(LocalDate.of(2027, 2, 12), j.reviewDueDate());
    }
}
