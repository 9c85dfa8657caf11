package org.sutiao.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.infrastructure.Sheets;
import org.sutiao.shared.domain.BusinessTime;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes audit entries as an .xlsx workbook: one header row in the reader's language, one row per entry, the time in
 * Beijing time, roles spelled out, a frozen header. Streams with a 200-row window, so memory stays flat for a
 * million rows.
 */
@ApplicationScoped
public class AuditExcel {
    private static final String[] HEADINGS = {"id", "at", "username", "role", "organization", "action", "caseId",
            "detail", "clientAddress", "outcome"};
    /** Column widths in characters (fixed: measuring text would need fonts on the server). */
    private static final int[] WIDTHS = {8, 12, 10, 8, 14, 12, 6, 30, 10, 12};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(BusinessTime.ZONE);

    /** Feeds the rows to write, in order. */
    @FunctionalInterface
    public interface Rows {
        void feed(Consumer<AuditEntry> sink);
    }

    /**
     * Writes the workbook.
     *
     * @return the number of entries written
     * @throws IOException when the stream fails
     */
    public int write(Locale locale, OutputStream out, Rows rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = Sheets.headed(wb, locale, "audit.sheet", "audit.col.", HEADINGS, WIDTHS);
            int[] r = {1};
            rows.feed(e -> {
                Row row = sheet.createRow(r[0]++);
                int c = 0;
                row.createCell(c++).setCellValue(e.id());
                row.createCell(c++).setCellValue(TIME.format(e.at()));
                row.createCell(c++).setCellValue(e.username());
                row.createCell(c++).setCellValue(e.role() == null ? Messages.get(locale, "audit.system")
                        : Messages.get(locale, "role." + e.role()));
                row.createCell(c++).setCellValue(nz(e.organization()));
                row.createCell(c++).setCellValue(org.sutiao.audit.application.AuditActionLabels.label(locale, e.action()));
                if (e.caseId() != null) {
                    row.createCell(c).setCellValue(e.caseId());
                }
                c++;
                row.createCell(c++).setCellValue(nz(e.detail()));
                row.createCell(c++).setCellValue(nz(e.clientAddress()));
                row.createCell(c).setCellValue(nz(e.outcome()));
            });
            sheet.createFreezePane(0, 1);
            wb.write(out);
            wb.dispose();
            return r[0] - 1;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
