package org.sutiao.roster.domain;

/** Whether a center works: only an {@link #ACTIVE} center can receive referred cases. */
public enum CenterStatus {
    ACTIVE, SUSPENDED, CLOSED
}
