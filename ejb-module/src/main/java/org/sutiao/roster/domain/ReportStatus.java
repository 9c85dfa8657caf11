package org.sutiao.roster.domain;

/** A roster report (上报) waits for HQ ({@link #SUBMITTED}), then is {@link #APPROVED} or {@link #RETURNED}. */
public enum ReportStatus {
    SUBMITTED, APPROVED, RETURNED
}
