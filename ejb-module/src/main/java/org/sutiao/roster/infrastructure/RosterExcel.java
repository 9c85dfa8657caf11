package org.sutiao.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.RosterSnapshot;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.infrastructure.Sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes national roster entries as an .xlsx workbook: one header row in the reader's language, one row per
 * mediator, enumerations spelled out (专职, 有效 …), fixed column widths, a frozen header and an auto-filter. Streams with a 200-row window,
 * so memory stays flat for tens of thousands of rows.
 */
@ApplicationScoped
public class RosterExcel {
    private static final String[] HEADINGS = {"code", "name", "center", "region", "industry", "employment",
            "profession", "specialties", "languages", "yearsExperience", "certLevel", "certNumber", "certValidTo",
            "certification", "trainingHours", "status"};
    /** Column widths in characters (fixed: measuring text would need fonts on the server). */
    private static final int[] WIDTHS = {10, 12, 36, 8, 12, 8, 12, 30, 12, 8, 10, 18, 12, 10, 10, 8};

    /**
     * Writes the workbook.
     *
     * @param today the day certificate states are judged on
     * @throws IOException when the stream fails
     */
    public void write(List<NationalRosterEntry> entries, LocalDate today, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = Sheets.headed(wb, locale, "roster.sheet", "roster.col.", HEADINGS, WIDTHS);
            int r = 1;
            for (NationalRosterEntry e : entries) {
                RosterSnapshot s = e.snapshot();
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(s.code());
                row.createCell(c++).setCellValue(s.name());
                row.createCell(c++).setCellValue(s.centerName());
                row.createCell(c++).setCellValue(s.region());
                row.createCell(c++).setCellValue(nz(s.industry()));
                row.createCell(c++).setCellValue(Messages.get(locale, "employment." + s.employment()));
                row.createCell(c++).setCellValue(nz(s.profession()));
                row.createCell(c++).setCellValue(String.join("、", s.specialties()));
                row.createCell(c++).setCellValue(String.join(", ", s.languages()));
                row.createCell(c++).setCellValue(s.yearsExperience());
                row.createCell(c++).setCellValue(s.certLevel() == null ? ""
                        : Messages.get(locale, "certLevel." + s.certLevel()));
                row.createCell(c++).setCellValue(nz(s.certNumber()));
                row.createCell(c++).setCellValue(s.certValidTo() == null ? "" : s.certValidTo().toString());
                row.createCell(c++).setCellValue(Messages.get(locale,
                        "certification." + s.certificationStatus(today)));
                row.createCell(c++).setCellValue(e.trainingHours().doubleValue());
                row.createCell(c).setCellValue(Messages.get(locale, "mediatorStatus." + s.status()));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(r - 1, 0), 0,
                    HEADINGS.length - 1));
            wb.write(out);
            wb.dispose();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
