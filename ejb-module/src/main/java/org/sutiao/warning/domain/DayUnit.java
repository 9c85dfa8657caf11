package org.sutiao.warning.domain;

/** The unit a warning threshold counts in: the unit of the period it watches (DESIGN.md §2). */
public enum DayUnit {
    /** Working days (Monday to Friday, minus public holidays, plus make-up workdays) after today. */
    WORKING,
    /** Calendar days after today. */
    CALENDAR
}
