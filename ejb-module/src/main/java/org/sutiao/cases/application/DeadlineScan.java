package org.sutiao.cases.application;

import org.sutiao.audit.application.AuditSummary;

/**
 * What one scan of due deadlines did: deadlines handled (each left OPEN in its own transaction), deadlines whose
 * handling failed (rolled back alone, still OPEN: the next scan tries them again), and whether the scan stopped
 * early, leaving due deadlines for the next one: its time budget was spent, or handlings kept failing one after the
 * other (the database or the server going away).
 */
public record DeadlineScan(int handled, int failed, boolean stoppedEarly) implements AuditSummary {
    /** True when the scan found work (handled or failed at least one deadline). */
    public boolean foundWork() {
        return handled > 0 || failed > 0;
    }

    @Override
    public String auditSummary() {
        return handled + " handled, " + failed + " failed" + (stoppedEarly ? ", stopped early" : "");
    }
}
