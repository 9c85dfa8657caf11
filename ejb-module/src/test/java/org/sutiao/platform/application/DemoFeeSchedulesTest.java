package org.sutiao.platform.application;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.FeeCalculator;
import org.sutiao.fees.domain.FeeTerms;
import org.sutiao.shared.domain.Money;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped demo fee schedules are valid (a broken row would stop the first start) and charge what the README and
 * the container tests expect: C01's 452 000 yuan → 7 280 yuan at every center with the default schedule.
 */
class DemoFeeSchedulesTest {
    @Test
    void everyRowIsAValidScheduleAndTheDefaultChargesC01SevenThousandTwoHundredEighty() {
        List<CSVRecord> rows = DemoFeeSchedules.rows();
        assertEquals(3, rows.size());
        rows.forEach(r -> DemoFeeSchedules.terms(r).validate());
        FeeTerms byDefault = DemoFeeSchedules.terms(rows.get(0));
        assertEquals("*", rows.get(0).get("center_code"));
        assertEquals(Money.of("7280.00", "CNY"), FeeCalculator.byClaims(byDefault, List.of(Money.of("452000.00", "CNY"))));
        FeeTerms shenzhen = DemoFeeSchedules.terms(rows.get(1));
        assertEquals(FeeBasis.MEDIATOR_HOURS, shenzhen.basis());
        assertEquals(5, byDefault.brackets().size());
        assertEquals("USD", DemoFeeSchedules.terms(rows.get(2)).currency());
    }
}
