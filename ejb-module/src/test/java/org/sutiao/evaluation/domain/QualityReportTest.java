package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QualityReportTest {
    private static final LocalDate JAN = LocalDate.parse("2026-01-01");
    private static final LocalDate MAR_END = LocalDate.parse("2026-03-31");

    private static QualityReport draft() {
        return new QualityReport(JAN, MAR_END, ReportScope.NATIONAL, null, "hq.admin1", Instant.EPOCH);
    }

    @Test
    void theNarrativeIsStrippedBlankIsEmptyAndTheLengthLimited() {
        QualityReport r = draft();
        r.revise("  成效  ", " ", "措施");
        assertEquals("成效", r.findings());
        assertNull(r.problems());
        assertEquals("措施", r.measures());
        String tooLong = "字".repeat(QualityReport.MAX_TEXT + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> r.revise(tooLong, "问题", tooLong));
        assertEquals(List.of("findings", "measures"),
                e.fieldErrors().stream().map(InvalidInputException.FieldError::field).toList());
        r.revise("字".repeat(QualityReport.MAX_TEXT), null, null);
        assertEquals(QualityReport.MAX_TEXT, r.findings().length(), "the limit itself is allowed");
    }

    @Test
    void aPublishedReportNeverChanges() {
        QualityReport r = draft();
        r.revise("成效", "问题", "措施");
        r.publish("a".repeat(64), "hq.admin1", Instant.EPOCH);
        assertEquals(ReportStatus.PUBLISHED, r.status());
        assertEquals("a".repeat(64), r.sha256());
        assertEquals("report.published",
                assertThrows(ConflictException.class, () -> r.revise("别的", null, null)).code());
        assertEquals("report.published",
                assertThrows(ConflictException.class, () -> r.publish("b".repeat(64), "x", Instant.EPOCH)).code());
        assertEquals("成效", r.findings());
        assertEquals("a".repeat(64), r.sha256());
    }

    @Test
    void thePeriodIsWholeMonthsInOrder() {
        assertEquals("evaluation.monthStart", field(() -> new QualityReport(JAN.plusDays(1), MAR_END,
                ReportScope.NATIONAL, null, "hq", Instant.EPOCH)));
        assertEquals("evaluation.monthEnd", field(() -> new QualityReport(JAN, MAR_END.minusDays(1),
                ReportScope.NATIONAL, null, "hq", Instant.EPOCH)));
        assertEquals("evaluation.toBeforeFrom", field(() -> new QualityReport(JAN, LocalDate.parse("2025-12-31"),
                ReportScope.NATIONAL, null, "hq", Instant.EPOCH)));
        assertEquals("report.scope", field(() -> new QualityReport(JAN, MAR_END, null, null, "hq", Instant.EPOCH)));
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).fieldErrors().get(0).messageKey();
    }
}
