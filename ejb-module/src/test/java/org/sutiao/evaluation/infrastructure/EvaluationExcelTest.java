package org.sutiao.evaluation.infrastructure;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Grade;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.Scorecard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's Excel export: localized headings, the counts, each indicator's value, score, grade, out of range. */
class EvaluationExcelTest {

    @Test
    void writesOneRowPerSubjectWithItsIndicatorsAndTheIndicatorsOutOfRangeByName() throws Exception {
        Counts c = new Counts().add(Counter.RECEIVED_DELEGATED, 3).add(Counter.RECEIVED_DIRECT, 2)
                .add(Counter.ACCEPTED, 4).add(Counter.CONCLUDED, 2);
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.ACCEPTED_ON_TIME_RATE, new BigDecimal("0.7500"));
        values.put(Indicator.SUCCESS_RATE, new BigDecimal("1.0000"));
        Scorecard card = new Scorecard(values, 0, Grade.FAIL, List.of("ACCEPTED_ON_TIME_RATE", "SUCCESS_RATE"));
        Evaluation e = new Evaluation(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 1,
                List.of(new Evaluation.Item("CCPIT-L-BJ", "北京调解中心", c, card)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluationExcel.write(Locale.CHINESE, out, "evaluation.sheet.centers", e);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("调解中心评估");
            Row head = sheet.getRow(0);
            assertEquals("编号", head.getCell(0).getStringCellValue());
            assertEquals("收案", head.getCell(2).getStringCellValue());
            assertEquals("按期受理率", head.getCell(5).getStringCellValue());
            int last = head.getLastCellNum() - 1;
            assertEquals("超出参考区间的指标", head.getCell(last).getStringCellValue());
            Row row = sheet.getRow(1);
            assertEquals("CCPIT-L-BJ", row.getCell(0).getStringCellValue());
            assertEquals(5, row.getCell(2).getNumericCellValue(), "received = delegated + entrusted + direct");
            assertEquals(4, row.getCell(3).getNumericCellValue());
            assertEquals(0.75, row.getCell(5).getNumericCellValue(), 1e-9);
            assertTrue(row.getCell(7) == null, "an indicator without data stays empty");
            assertEquals(0, row.getCell(last - 2).getNumericCellValue());
            assertEquals("不合格", row.getCell(last - 1).getStringCellValue());
            assertEquals("按期受理率、调解成功率", row.getCell(last).getStringCellValue());
            assertEquals(2, sheet.getPhysicalNumberOfRows());
        }
    }
}
