package org.sutiao.fees.domain;

/**
 * Where a published version stands on a date: the one charging ({@code IN_FORCE}), one whose effective date has
 * not come ({@code SCHEDULED}), or one replaced by a later version ({@code SUPERSEDED}).
 */
public enum ScheduleStatus {
    IN_FORCE, SCHEDULED, SUPERSEDED
}
