package org.sutiao.calendar.application;

import org.sutiao.calendar.domain.DayKind;

import java.time.LocalDate;

/** One line of a holiday notice as an operator enters it: date, holiday or workday, festival name. */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {
}
