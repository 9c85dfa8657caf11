package org.sutiao.evaluation.infrastructure;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.infrastructure.Sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes an {@link Evaluation} (the centers or one center's mediators of the dashboard, issue 11 §2) as an .xlsx
 * workbook in the reader's language: code, name, the volumes, every indicator's value (rates as decimals 0–1), the
 * score, the grade and the indicators out of their reference range by name. Values without data stay empty.
 */
public final class EvaluationExcel {
    private static final String[] COUNTS = {"evaluation.col.code", "evaluation.col.name", "evaluation.col.received",
            "evaluation.col.accepted", "evaluation.col.concluded"};

    private EvaluationExcel() {
    }

    /**
     * Writes the workbook.
     *
     * @param sheetKey the bundle key naming the sheet ({@code evaluation.sheet.centers} or {@code .mediators})
     * @throws IOException when the stream fails
     */
    public static void write(Locale locale, OutputStream out, String sheetKey, Evaluation evaluation)
            throws IOException {
        List<String> headings = new ArrayList<>(List.of(COUNTS));
        for (Indicator i : Indicator.ofRows()) {
            headings.add("indicator." + i + ".name");
        }
        headings.addAll(List.of("evaluation.col.score", "evaluation.col.grade", "evaluation.col.outOfRange"));
        int[] widths = new int[headings.size()];
        java.util.Arrays.fill(widths, 8);
        widths[1] = 16;
        widths[widths.length - 1] = 24;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = Sheets.headed(wb, locale, sheetKey, "", headings.toArray(String[]::new), widths);
            int r = 1;
            for (Evaluation.Item it : evaluation.items()) {
                Row row = sheet.createRow(r++);
                Counts c = it.counts();
                int col = 0;
                row.createCell(col++).setCellValue(it.code());
                row.createCell(col++).setCellValue(it.name());
                row.createCell(col++).setCellValue(received(c));
                row.createCell(col++).setCellValue(c.get(Counter.ACCEPTED));
                row.createCell(col++).setCellValue(c.get(Counter.CONCLUDED));
                for (Indicator i : Indicator.ofRows()) {
                    BigDecimal v = it.scorecard().values().get(i);
                    if (v != null) {
                        row.createCell(col).setCellValue(v.doubleValue());
                    }
                    col++;
                }
                if (it.scorecard().score() != null) {
                    row.createCell(col).setCellValue(it.scorecard().score());
                }
                col++;
                if (it.scorecard().grade() != null) {
                    row.createCell(col).setCellValue(Messages.get(locale, "evaluationGrade." + it.scorecard().grade()));
                }
                col++;
                row.createCell(col).setCellValue(it.scorecard().outOfRange().stream()
                        .map(code -> Messages.get(locale, "indicator." + code + ".name"))
                        .collect(Collectors.joining("、")));
            }
            sheet.createFreezePane(2, 1);
            wb.write(out);
            wb.dispose();
        }
    }

    /** Received by referral (delegated, entrusted) and by direct application. */
    public static long received(Counts c) {
        return c.get(Counter.RECEIVED_DELEGATED) + c.get(Counter.RECEIVED_ENTRUSTED) + c.get(Counter.RECEIVED_DIRECT);
    }
}
