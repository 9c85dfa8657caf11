package org.sutiao.evaluation.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.evaluation.domain.ReportKind;
import org.sutiao.shared.domain.BusinessTime;

import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drafts the monthly and quarterly national quality analysis reports at each period's end (issue 11 §3): on the first
 * day of every month at 01:00 Beijing time, the month just ended and, on the first day of a quarter, the quarter.
 * Persistent, so a firing missed while the server was down runs at the next start, and in a cluster on one node; a
 * rerun or a second node finds the draft or loses the race to the unique key
 * ({@link QualityReportService#draftPeriodicReport}), so each periodic report is drafted once.
 */
@Singleton
@DependsOn("PlatformStartup")
public class QualityReportScheduler {
    private static final Logger LOG = Logger.getLogger(QualityReportScheduler.class.getName());

    @Inject
    QualityReportService reports;

    @Schedule(dayOfMonth = "1", hour = "1", minute = "0", timezone = "Asia/Shanghai", persistent = true,
            info = "sutiao-quality-reports")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void monthEnd() {
        draftDue(BusinessTime.today());
    }

    /**
     * Drafts the periodic reports due on {@code today} ({@link ReportKind#duePeriods}) that do not exist yet.
     *
     * @return how many this call drafted
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int draftDue(LocalDate today) {
        int drafted = 0;
        for (Map.Entry<ReportKind, LocalDate[]> due : ReportKind.duePeriods(today).entrySet()) {
            try {
                if (reports.draftPeriodicReport(due.getKey(), due.getValue()[0], due.getValue()[1])) {
                    drafted++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Quality report " + due.getKey() + " " + due.getValue()[0]
                        + " not drafted here (another node drafted it, or the next firing retries)", e);
            }
        }
        return drafted;
    }
}
