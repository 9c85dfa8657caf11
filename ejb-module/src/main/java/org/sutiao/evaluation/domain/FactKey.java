package org.sutiao.evaluation.domain;

import java.time.LocalDate;

/**
 * Where a fact counts: a subject (C = center, M = mediator, K = court), its database id, and the Beijing day of the fact. The
 * monthly summaries add the facts of {@link #month()}, the daily ones those of {@link #day()} (the partial months at
 * the edges of a date range).
 */
public record FactKey(char subject, long subjectId, LocalDate day) {
    public static final char CENTER = 'C';
    public static final char MEDIATOR = 'M';
    /** A court: the case's referring court, or the court a direct application's confirmation went to. */
    public static final char COURT = 'K';

    /** The key of {@code day}. */
    public static FactKey of(char subject, long subjectId, LocalDate day) {
        return new FactKey(subject, subjectId, day);
    }

    /** The first day of the fact's month (the monthly summaries' key). */
    public LocalDate month() {
        return day.withDayOfMonth(1);
    }

    /** The key of the same subject for the month (its first day): a monthly summary row. */
    public FactKey monthKey() {
        return new FactKey(subject, subjectId, month());
    }
}
