package org.sutiao.shared.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A message never shows an enum code (issue 12: "enrolled: … (PART_TIME)", "（VALID）" in a notice). */
class MessagesLabelledTest {
    @Test
    void enumArgumentsByTheirLabels() {
        assertArrayEquals(new Object[]{"兼职", "确认协议有效", "调解中", "M0009", 3},
                Messages.labelled(Messages.CHINESE, new Object[]{"PART_TIME", "VALID", "IN_MEDIATION", "M0009", 3}));
        assertArrayEquals(new Object[]{"Part-time"}, Messages.labelled(java.util.Locale.ENGLISH, new Object[]{"PART_TIME"}));
    }
}
