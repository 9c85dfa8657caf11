package org.sutiao.shared.infrastructure;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sutiao.shared.application.Messages;

import java.util.Locale;

/** The layout every exported list shares: one sheet, bold localized headings in row 0, fixed column widths. */
public final class Sheets {
    private Sheets() {
    }

    /**
     * A new sheet named by the bundle key {@code sheetKey}, with headings {@code headingPrefix + heading} in bold.
     *
     * @param widths column widths in Chinese characters (two Excel character units each)
     */
    public static SXSSFSheet headed(SXSSFWorkbook wb, Locale locale, String sheetKey, String headingPrefix,
                                    String[] headings, int[] widths) {
        SXSSFSheet sheet = wb.createSheet(Messages.get(locale, sheetKey));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 2 * 256);
        }
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            header.createCell(i).setCellValue(Messages.get(locale, headingPrefix + headings[i]));
            header.getCell(i).setCellStyle(bold);
        }
        return sheet;
    }
}
