package org.sutiao.cases.domain;

/** An extension waits for the parties' consent ({@link #PROPOSED}), is {@link #EFFECTIVE}, or {@link #LAPSED} unanswered. */
public enum ExtensionStatus {
    PROPOSED, EFFECTIVE, LAPSED
}
