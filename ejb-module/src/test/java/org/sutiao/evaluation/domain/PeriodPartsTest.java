package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a range of days splits into whole months (monthly rows) and edge days (daily rows), issue 11 §1. */
class PeriodPartsTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static PeriodParts.Span span(String from, String to) {
        return new PeriodParts.Span(d(from), d(to));
    }

    @Test
    void wholeMonthsAreReadFromTheMonthlyRowsOnly() {
        PeriodParts p = PeriodParts.of(d("2026-01-01"), d("2026-03-31"));
        assertEquals(span("2026-01-01", "2026-03-01"), p.months());
        assertEquals(List.of(), p.days());
        assertEquals(span("2026-02-01", "2026-02-01"), PeriodParts.of(d("2026-02-01"), d("2026-02-28")).months(),
                "February of a common year ends on the 28th");
    }

    @Test
    void partialEdgesAreReadFromTheDailyRows() {
        PeriodParts p = PeriodParts.of(d("2026-01-15"), d("2026-04-10"));
        assertEquals(span("2026-02-01", "2026-03-01"), p.months());
        assertEquals(List.of(span("2026-01-15", "2026-01-31"), span("2026-04-01", "2026-04-10")), p.days());
        PeriodParts head = PeriodParts.of(d("2026-01-15"), d("2026-02-28"));
        assertEquals(span("2026-02-01", "2026-02-01"), head.months());
        assertEquals(List.of(span("2026-01-15", "2026-01-31")), head.days());
        PeriodParts tail = PeriodParts.of(d("2026-01-01"), d("2026-02-27"));
        assertEquals(span("2026-01-01", "2026-01-01"), tail.months());
        assertEquals(List.of(span("2026-02-01", "2026-02-27")), tail.days());
    }

    @Test
    void aRangeWithoutAWholeMonthIsOneRunOfDays() {
        PeriodParts inside = PeriodParts.of(d("2026-03-05"), d("2026-03-05"));
        assertNull(inside.months());
        assertEquals(List.of(span("2026-03-05", "2026-03-05")), inside.days());
        PeriodParts across = PeriodParts.of(d("2026-03-05"), d("2026-04-10"));
        assertNull(across.months());
        assertEquals(List.of(span("2026-03-05", "2026-04-10")), across.days());
        PeriodParts yearEnd = PeriodParts.of(d("2026-12-02"), d("2027-01-30"));
        assertNull(yearEnd.months());
        assertEquals(List.of(span("2026-12-02", "2027-01-30")), yearEnd.days());
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PeriodParts.of(d("2026-03-02"), d("2026-03-01")));
    }
}
