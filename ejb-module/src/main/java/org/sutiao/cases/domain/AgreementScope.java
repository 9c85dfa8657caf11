package org.sutiao.cases.domain;

/** An agreement settles every claim ({@link #FULL}) or some of them ({@link #PARTIAL}; the rest goes back to the court). */
public enum AgreementScope {
    FULL, PARTIAL
}
