package org.sutiao.roster.domain;

/** Roster status; only ACTIVE mediators may be assigned to cases. */
public enum MediatorStatus {
    ACTIVE, SUSPENDED, EXITED
}
