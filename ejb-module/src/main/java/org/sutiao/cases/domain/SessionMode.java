package org.sutiao.cases.domain;

/** A mediation session held online (a link) or offline (a place). */
public enum SessionMode {
    ONLINE, OFFLINE
}
