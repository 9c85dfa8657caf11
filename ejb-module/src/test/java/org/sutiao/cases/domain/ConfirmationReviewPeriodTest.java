package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.ShippedCalendar;
import org.sutiao.confirmation.domain.JudicialConfirmation;

import java.time.LocalDate;
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
}
