package org.sutiao.evaluation.domain;

import java.time.LocalDate;

/**
 * Where a fact counts: a subject (C = center, M = mediator), its database id, and a month (its first day).
 */
public record FactKey(char subject, long subjectId, LocalDate month) {
    public static final char CENTER = 'C';
    public static final char MEDIATOR = 'M';

    /** The key of the month containing {@code day}. */
    public static FactKey of(char subject, long subjectId, LocalDate day) {
        return new FactKey(subject, subjectId, day.withDayOfMonth(1));
    }
}
