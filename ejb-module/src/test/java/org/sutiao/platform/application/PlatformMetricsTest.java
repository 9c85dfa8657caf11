package org.sutiao.platform.application;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.domain.CaseStatus;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The case figures of the metrics: every open status and the overdue acceptances counted at most every 15 s, the
 * closed cases (the one large count) at most every 10 minutes; each counted exactly when counted.
 */
class PlatformMetricsTest {
    private final Counting figures = new Counting();
    private final PlatformMetrics metrics = new PlatformMetrics();
    private long now = 1;

    PlatformMetricsTest() {
        metrics.figures = figures;
        metrics.nanos = () -> now;
    }

    private static final class Counting extends CaseFigures {
        int openReads;
        int closedReads;
        long closedCount = 900_000;

        @Override
        public Map<CaseStatus, Long> openByStatus() {
            openReads++;
            Map<CaseStatus, Long> m = new EnumMap<>(CaseStatus.class);
            for (CaseStatus s : OPEN) {
                m.put(s, 10L + openReads);
            }
            return m;
        }

        @Override
        public long closed() {
            closedReads++;
            return closedCount;
        }

        @Override
        public long overdueAcceptances() {
            return 7;
        }
    }

    @Test
    void openStatusesAreCountedEvery15SecondsAndClosedCasesEvery10Minutes() {
        assertEquals(11, metrics.cases(CaseStatus.PENDING_ACCEPTANCE));
        assertEquals(900_000, metrics.cases(CaseStatus.CLOSED));
        assertEquals(7, metrics.overdueAcceptances());
        assertEquals(1, figures.openReads);
        assertEquals(1, figures.closedReads);

        now += Duration.ofSeconds(14).toNanos();
        metrics.cases(CaseStatus.IN_MEDIATION);
        metrics.cases(CaseStatus.CLOSED);
        assertEquals(1, figures.openReads, "a scrape within 15 s reads nothing");

        figures.closedCount = 900_100;
        now += Duration.ofSeconds(2).toNanos();
        assertEquals(12, metrics.cases(CaseStatus.IN_MEDIATION), "after 15 s the open statuses are counted again");
        assertEquals(900_000, metrics.cases(CaseStatus.CLOSED), "the closed count is kept up to 10 minutes");
        assertEquals(1, figures.closedReads);

        now += Duration.ofMinutes(10).toNanos();
        assertEquals(900_100, metrics.cases(CaseStatus.CLOSED), "then counted again");
        assertEquals(2, figures.closedReads);
        assertFalse(CaseFigures.OPEN.contains(CaseStatus.CLOSED));
        assertEquals(CaseStatus.values().length - 1, CaseFigures.OPEN.size(), "every other status is counted");
    }
}
