package org.sutiao.calendar.application;

/**
 * Fired (synchronously, inside the loading transaction) when a year's holiday notice has been loaded, so that
 * provisional deadlines reaching into it are recomputed in the same transaction.
 *
 * @param year the year now published
 */
public record CalendarYearLoaded(int year) {
}
