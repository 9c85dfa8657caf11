package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.Counter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that sums the evaluation's per-case facts into its summary tables (issue 11 §2): kept out of
 * {@link EvaluationFolder}, an EJB, which may have no static methods, and shared with the benchmark generator so that
 * its summaries are the application's.
 */
public final class SummarySql {
    static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
            .collect(Collectors.joining(", "));
    static final String SUMS = Arrays.stream(Counter.values()).map(c -> "SUM(" + c.column() + ")")
            .collect(Collectors.joining(", "));

    private SummarySql() {
    }

    /**
     * The statements that sum the facts into the four summary tables (monthly and daily rows, monthly and daily
     * histograms), restricted by {@code where} (empty: every row; else the key's condition on ?1–?3). Also used by
     * the benchmark generator, so its summaries are the application's.
     */
    public static List<String> sumStatements(String where) {
        return List.of(monthly(where), monthlyDurations(where), daily(where), dailyDurations(where));
    }

    static String monthly(String where) {
        return "INSERT INTO eval_summary (subject, subject_id, period_month, " + COLUMNS + ")"
                + " SELECT subject, subject_id, period_month, " + SUMS + " FROM eval_case_fact" + where
                + " GROUP BY subject, subject_id, period_month";
    }

    static String monthlyDurations(String where) {
        return "INSERT INTO eval_duration (subject, subject_id, period_month, days, cases)"
                + " SELECT subject, subject_id, period_month, duration_days, COUNT(*) FROM eval_case_fact"
                + (where.isEmpty() ? " WHERE" : where + " AND") + " duration_days IS NOT NULL"
                + " GROUP BY subject, subject_id, period_month, duration_days";
    }

    /**
     * The monthly sums of one subject's month (?1 subject, ?2 id, ?3 the month's first day, ?4 its last) from its
     * daily rows: the same sums as {@link #monthly} over the facts, since the daily rows sum the same facts.
     */
    static String monthlyFromDaily() {
        return "INSERT INTO eval_summary (subject, subject_id, period_month, " + COLUMNS + ")"
                + " SELECT subject, subject_id, CAST(?3 AS DATE), " + SUMS + " FROM eval_daily"
                + " WHERE subject = ?1 AND subject_id = ?2 AND period_day BETWEEN ?3 AND ?4 GROUP BY subject, subject_id";
    }

    /** The monthly histogram of one subject's month from its daily histogram (parameters as {@link #monthlyFromDaily}). */
    static String monthlyDurationsFromDaily() {
        return "INSERT INTO eval_duration (subject, subject_id, period_month, days, cases)"
                + " SELECT subject, subject_id, CAST(?3 AS DATE), days, SUM(cases) FROM eval_duration_daily"
                + " WHERE subject = ?1 AND subject_id = ?2 AND period_day BETWEEN ?3 AND ?4"
                + " GROUP BY subject, subject_id, days";
    }

    static String daily(String where) {
        return "INSERT INTO eval_daily (subject, subject_id, period_day, " + COLUMNS + ")"
                + " SELECT subject, subject_id, period_day, " + SUMS + " FROM eval_case_fact" + where
                + " GROUP BY subject, subject_id, period_day";
    }

    static String dailyDurations(String where) {
        return "INSERT INTO eval_duration_daily (subject, subject_id, period_day, days, cases)"
                + " SELECT subject, subject_id, period_day, duration_days, COUNT(*) FROM eval_case_fact"
                + (where.isEmpty() ? " WHERE" : where + " AND") + " duration_days IS NOT NULL"
                + " GROUP BY subject, subject_id, period_day, duration_days";
    }
}
