package org.sutiao.roster.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CertificationStatusTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void statusFollowsTheValidityPeriod() {
        assertEquals(CertificationStatus.NONE, CertificationStatus.of(null, null, DAY));
        assertEquals(CertificationStatus.VALID, CertificationStatus.of("C-1", null, DAY));
        assertEquals(CertificationStatus.VALID, CertificationStatus.of("C-1", DAY.plusDays(90), DAY));
        assertEquals(CertificationStatus.EXPIRING, CertificationStatus.of("C-1", DAY.plusDays(89), DAY));
        assertEquals(CertificationStatus.EXPIRING, CertificationStatus.of("C-1", DAY, DAY));
        assertEquals(CertificationStatus.EXPIRED, CertificationStatus.of("C-1", DAY.minusDays(1), DAY));
    }
}
