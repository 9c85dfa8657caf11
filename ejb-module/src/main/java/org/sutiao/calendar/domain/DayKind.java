package org.sutiao.calendar.domain;

/** How a published calendar entry changes a date: a day off (放假) or a make-up working day (调休上班). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
