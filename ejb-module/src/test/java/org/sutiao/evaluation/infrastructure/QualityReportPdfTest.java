package org.sutiao.evaluation.infrastructure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.sutiao.evaluation.application.ReportFigures;
import org.sutiao.evaluation.domain.QualityReport;
import org.sutiao.evaluation.domain.ReportScope;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered report: its text (headings, figures, the charts' labels, the narrative) is Chinese and extractable.
 * The sample is left in target/quality-report-sample.pdf for a look.
 */
class QualityReportPdfTest {

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor x = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(x.getTextFromPage(p));
        }
        return all.toString().replaceAll("\\s", "");
    }

    @Test
    void theHeadingsTheFiguresTheChartsAndTheNarrativeAreInTheText() throws Exception {
        ReportFigures f = org.sutiao.evaluation.application.ReportFiguresTestAccess.national();
        QualityReport r = new QualityReport(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28"),
                ReportScope.NATIONAL, null, "hq", Instant.EPOCH);
        r.revise("受理及时率稳步提升", "个别中心久调不决", "加强督办");
        long started = System.nanoTime();
        byte[] pdf = QualityReportPdf.render(r, "全国", f, Instant.EPOCH, null);
        System.out.println("QualityReportPdf: " + pdf.length + " bytes in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "quality-report-sample.pdf"), pdf);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String h : QualityReportPdf.HEADINGS) {
            assertTrue(text.contains(h.replaceAll("\\s", "")), h + " in " + text);
        }
        assertTrue(text.contains("本期共收案15件"), text);
        assertTrue(text.contains("调解成功率62.50%"), text);
        assertTrue(text.contains("收案与办结趋势"), "the trend chart's title, drawn with the CJK font: " + text);
        assertTrue(text.contains("调解结果分布"), text);
        assertTrue(text.contains("个别中心久调不决"), text);
        assertTrue(text.contains("草稿"), text);
    }

    @Test
    void thePeriodIsNamedInMonths() {
        assertEquals("2026年1月", QualityReportPdf.period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")));
        assertEquals("2026年1月—2026年3月",
                QualityReportPdf.period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")));
    }
}
