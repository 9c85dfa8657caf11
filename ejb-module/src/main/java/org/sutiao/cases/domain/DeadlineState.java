package org.sutiao.cases.domain;

/** OPEN until met, cancelled or passed (OVERDUE); REMINDED for a reminder that was sent. */
public enum DeadlineState {
    OPEN, MET, OVERDUE, REMINDED, CANCELLED
}
