package org.sutiao.cases.domain;

/** How a case reached the platform: referred by a court, or applied for directly by a party (notice §4(4)5). */
public enum CaseSource {
    COURT_REFERRAL, DIRECT_APPLICATION
}
