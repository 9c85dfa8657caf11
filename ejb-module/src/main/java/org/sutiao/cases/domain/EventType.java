package org.sutiao.cases.domain;

/** Kinds of timeline entries; each transition of the case writes exactly one. */
public enum EventType {
    REFERRED, RE_REFERRED, MATERIAL_ADDED, ACCEPTED, DECLINED, ACCEPTANCE_REMINDER, ACCEPTANCE_OVERDUE,
    DEADLINE_RECOMPUTED
}
