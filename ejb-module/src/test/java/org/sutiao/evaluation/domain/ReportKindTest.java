package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportKindTest {

    private static List<String> due(String today) {
        Map<ReportKind, LocalDate[]> due = ReportKind.duePeriods(LocalDate.parse(today));
        return due.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + ".." + e.getValue()[1]).toList();
    }

    @Test
    void theMonthJustEndedIsDueEveryMonth() {
        assertEquals(List.of("MONTHLY 2026-01-01..2026-01-31"), due("2026-02-01"));
        assertEquals(List.of("MONTHLY 2026-02-01..2026-02-28"), due("2026-03-01"));
        assertEquals(List.of("MONTHLY 2024-02-01..2024-02-29"), due("2024-03-15"), "a late firing: the same month");
    }

    @Test
    void theQuarterJustEndedIsDueInTheFirstMonthOfTheNext() {
        assertEquals(List.of("MONTHLY 2026-03-01..2026-03-31", "QUARTERLY 2026-01-01..2026-03-31"), due("2026-04-01"));
        assertEquals(List.of("MONTHLY 2025-12-01..2025-12-31", "QUARTERLY 2025-10-01..2025-12-31"), due("2026-01-01"));
        assertEquals(List.of("MONTHLY 2026-09-01..2026-09-30", "QUARTERLY 2026-07-01..2026-09-30"), due("2026-10-01"));
        assertEquals(List.of("MONTHLY 2026-04-01..2026-04-30"), due("2026-05-01"));
    }
}
