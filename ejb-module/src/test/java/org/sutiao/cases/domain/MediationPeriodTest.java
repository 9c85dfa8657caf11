package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.ShippedCalendar;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.MediationPeriod.Extension;
import org.sutiao.cases.domain.MediationPeriod.Span;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MediationPeriodTest {
    private static final WorkingDayCalendar CAL = ShippedCalendar.load();
    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);

    private static LocalDate due(LocalDate accepted, Extension ext, Span... spans) {
        return MediationPeriod.due(accepted, 30, ext, List.of(spans), CAL).date();
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void thirtyCalendarDaysFromTheAcceptanceDateWhichIsNotCounted() {
        assertEquals(LocalDate.of(2026, 12, 2), due(MON_2_NOV, null));
    }

    @Test
    void aPeriodEndingOnAHolidayEndsOnTheNextWorkingDay() {
        // 2026-09-05 + 30 = 2026-10-05, inside the National Day holiday (1–7 Oct): the period ends on Thu 8 Oct
        assertEquals(LocalDate.of(2026, 10, 8), due(LocalDate.of(2026, 9, 5), null));
    }

    @Test
    void aSuspensionFromSToEAddsEMinusSDays() {
        Span tenDays = new Span(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20), at("2026-11-20T02:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 12).plusDays(2), due(MON_2_NOV, null, tenDays),
                "2 Dec + 10 days = Sat 12 Dec, rolled over to Mon 14 Dec");
        Span running = new Span(LocalDate.of(2026, 11, 25), null, null);
        assertEquals(LocalDate.of(2026, 12, 14), due(MON_2_NOV, null, tenDays, running),
                "a suspension still running adds nothing until it ends");
        Span sameDay = new Span(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), at("2026-11-25T09:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 2), due(MON_2_NOV, null, sameDay), "ended the day it began: 0 days");
    }

    @Test
    void severalSuspensionsAddUp() {
        Span a = new Span(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 8), at("2026-11-08T01:00:00Z"));
        Span b = new Span(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24), at("2026-11-24T01:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 9), due(MON_2_NOV, null, a, b), "2 Dec + 3 + 4 days = Wed 9 Dec");
    }

    @Test
    void theLatestExtensionReplacesTheEndAndOnlyLaterSuspensionsAreAdded() {
        Span before = new Span(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 8), at("2026-11-08T01:00:00Z"));
        Extension first = new Extension(LocalDate.of(2026, 12, 21), at("2026-11-28T03:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 21), due(MON_2_NOV, first, before),
                "the proposed date already reflects the earlier suspension");
        Span after = new Span(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), at("2026-12-03T01:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 23), due(MON_2_NOV, first, before, after));
        Extension second = new Extension(LocalDate.of(2027, 1, 8), at("2026-12-10T03:00:00Z"));
        assertEquals(LocalDate.of(2027, 1, 8), due(MON_2_NOV, second, before, after), "a second extension wins");
    }

    @Test
    void anExtendedDateOnARestDayRollsOver() {
        Extension toSaturday = new Extension(LocalDate.of(2026, 12, 19), at("2026-11-28T03:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 21), due(MON_2_NOV, toSaturday));
    }

    @Test
    void theJudicialConfirmationWindowIsThirtyDaysAfterTheAgreementTookEffect() {
        assertEquals(LocalDate.of(2026, 12, 31), MediationPeriod.confirmationWindowEnd(LocalDate.of(2026, 12, 1), CAL).date());
        // 2026-09-05 + 30 falls in the National Day holiday: the window closes on Thu 8 Oct
        assertEquals(LocalDate.of(2026, 10, 8), MediationPeriod.confirmationWindowEnd(LocalDate.of(2026, 9, 5), CAL).date());
    }
}
