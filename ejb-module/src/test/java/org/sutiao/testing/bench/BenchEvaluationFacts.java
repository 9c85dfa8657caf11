package org.sutiao.testing.bench;

import org.postgresql.PGConnection;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.evaluation.application.EvaluationFolder;
import org.sutiao.evaluation.domain.CaseFacts;
import org.sutiao.evaluation.domain.CaseSnapshot;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.FactKey;
import org.sutiao.shared.domain.BusinessTime;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the evaluation's facts and summaries of a generated database (issue 11), as the application's recompute
 * would: the same snapshots read with plain JDBC by ranges of case ids, the same {@link CaseFacts}, the facts written
 * with {@code COPY}, the summaries summed from them, and the fold state marked recomputed, so the server only folds
 * what changes afterwards. Test code: never part of the EAR.
 */
final class BenchEvaluationFacts {
    private static final int RANGE = 5_000;
    private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
            .collect(Collectors.joining(", "));

    private BenchEvaluationFacts() {
    }

    /** Recomputes every fact and summary; returns the number of fact rows. */
    static long fill(Connection db) throws Exception {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long rows = 0;
        try (Statement s = db.createStatement()) {
            for (String table : List.of("eval_summary", "eval_duration", "eval_daily", "eval_duration_daily")) {
                s.execute("DELETE FROM " + table);
            }
            s.execute("TRUNCATE eval_case_fact");
            long lo;
            long hi;
            try (ResultSet r = s.executeQuery("SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM mediation_case")) {
                r.next();
                lo = r.getLong(1);
                hi = r.getLong(2);
            }
            for (long a = lo; a <= hi; a += RANGE) {
                StringBuilder copy = new StringBuilder();
                for (CaseSnapshot c : snapshots(db, a, a + RANGE - 1)) {
                    for (Map.Entry<FactKey, Counts> e : CaseFacts.of(c).entrySet()) {
                        FactKey k = e.getKey();
                        Integer days = e.getValue().durations().keySet().stream().findFirst().orElse(null);
                        copy.append(c.caseId()).append('\t').append(k.subject()).append('\t').append(k.subjectId())
                                .append('\t').append(k.day()).append('\t').append(k.month()).append('\t').append(days == null ? "\\N" : days);
                        for (Counter counter : Counter.values()) {
                            copy.append('\t').append(e.getValue().get(counter));
                        }
                        copy.append('\n');
                        rows++;
                    }
                }
                db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY eval_case_fact (case_id, subject, subject_id,"
                        + " period_day, period_month, duration_days, " + COLUMNS + ") FROM STDIN", new StringReader(copy.toString()));
                db.commit();
            }
            for (String sql : org.sutiao.evaluation.application.SummarySql.sumStatements("")) {
                s.execute(sql);
            }
            s.execute("UPDATE eval_fold_state SET recomputed_at = now(), folded_through = now() WHERE id = 1");
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
        return rows;
    }

    /** The snapshots of the cases with ids in [lo, hi], as {@code CaseSnapshots} reads them in the application. */
    static List<CaseSnapshot> snapshots(Connection db, long lo, long hi) throws SQLException {
        Map<Long, List<CaseSnapshot.Offer>> offers = new HashMap<>();
        each(db, "SELECT case_id, seq, center_id, offered_at, acceptance_due_date, outcome, decided_at, decline_code"
                + " FROM case_offer WHERE case_id BETWEEN ? AND ? ORDER BY case_id, seq", lo, hi, r ->
                offers.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new CaseSnapshot.Offer(r.getInt(2),
                        r.getLong(3), day(r.getTimestamp(4)), date(r.getDate(5)), OfferOutcome.valueOf(r.getString(6)),
                        day(r.getTimestamp(7)), r.getString(8) == null ? null : DeclineReasonCode.valueOf(r.getString(8)))));
        Map<Long, List<CaseSnapshot.Span>> suspensions = new HashMap<>();
        each(db, "SELECT case_id, start_date, end_date FROM case_suspension WHERE case_id BETWEEN ? AND ?", lo, hi,
                r -> suspensions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new CaseSnapshot.Span(date(r.getDate(2)), date(r.getDate(3)))));
        Map<Long, Object[]> confirmations = new HashMap<>();
        each(db, "SELECT case_id, requested_at, ruling, ruled_at FROM judicial_confirmation WHERE case_id BETWEEN ? AND ?",
                lo, hi, r -> confirmations.put(r.getLong(1), new Object[]{day(r.getTimestamp(2)), r.getString(3),
                        day(r.getTimestamp(4))}));
        Map<Long, LocalDate> documents = new HashMap<>();
        each(db, "SELECT case_id, issued_at FROM mediation_document WHERE case_id BETWEEN ? AND ?"
                + " AND issued_at IS NOT NULL", lo, hi, r -> documents.put(r.getLong(1), day(r.getTimestamp(2))));
        Map<Long, List<CaseSnapshot.ObligationDates>> obligations = new HashMap<>();
        each(db, "SELECT a.case_id, o.due_date, o.performed_on FROM agreement a JOIN agreement_obligation o"
                + " ON o.agreement_id = a.id WHERE a.status = 'EFFECTIVE' AND a.case_id BETWEEN ? AND ?", lo, hi,
                r -> obligations.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new CaseSnapshot.ObligationDates(date(r.getDate(2)), date(r.getDate(3)))));
        Map<Long, List<CaseSnapshot.Rating>> ratings = new HashMap<>();
        each(db, "SELECT case_id, rated_at, score FROM case_satisfaction WHERE case_id BETWEEN ? AND ?", lo, hi,
                r -> ratings.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new CaseSnapshot.Rating(day(r.getTimestamp(2)), r.getInt(3))));
        Map<Long, LocalDate> reportDue = new HashMap<>();
        each(db, "SELECT case_id, due_date FROM deadline WHERE kind = 'FAILURE_REPORT' AND case_id BETWEEN ? AND ?",
                lo, hi, r -> reportDue.merge(r.getLong(1), date(r.getDate(2)), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, LocalDate> reportSubmitted = new HashMap<>();
        each(db, "SELECT case_id, submitted_at FROM failure_report WHERE case_id BETWEEN ? AND ?", lo, hi,
                r -> reportSubmitted.put(r.getLong(1), day(r.getTimestamp(2))));
        List<CaseSnapshot> out = new ArrayList<>();
        each(db, "SELECT id, source, referral_kind, center_id, mediator_id, accepted_at, ended_at, status,"
                + " settled_scope, failure_reason_code, coalesce(court_id, confirmation_court_id)"
                + " FROM mediation_case WHERE id BETWEEN ? AND ? ORDER BY id", lo, hi,
                r -> {
                    long id = r.getLong(1);
                    long mediator = r.getLong(5);
                    Long mediatorId = r.wasNull() ? null : mediator;
                    long court = r.getLong(11);
                    Long courtId = r.wasNull() ? null : court;
                    Object[] jc = confirmations.get(id);
                    FailureReason reason = r.getString(10) == null ? null : FailureReason.valueOf(r.getString(10));
                    CaseOutcome outcome = CaseOutcome.of(CaseStatus.valueOf(r.getString(8)),
                            r.getString(9) == null ? null : AgreementScope.valueOf(r.getString(9)), reason);
                    out.add(new CaseSnapshot(id, CaseSource.valueOf(r.getString(2)),
                            r.getString(3) == null ? null : ReferralKind.valueOf(r.getString(3)), r.getLong(4),
                            mediatorId, day(r.getTimestamp(6)), day(r.getTimestamp(7)), outcome,
                            offers.getOrDefault(id, List.of()), suspensions.getOrDefault(id, List.of()),
                            jc == null ? null : (LocalDate) jc[0], jc == null ? null : (String) jc[1],
                            jc == null ? null : (LocalDate) jc[2], documents.get(id),
                            obligations.getOrDefault(id, List.of()), ratings.getOrDefault(id, List.of()), courtId,
                            outcome == CaseOutcome.FAILED ? reason : null, reportDue.get(id),
                            reportSubmitted.get(id)));
                });
        return out;
    }

    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static void each(Connection db, String sql, long lo, long hi, Row row) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    row.accept(r);
                }
            }
        }
    }

    private static LocalDate day(Timestamp t) {
        return t == null ? null : BusinessTime.dateOf(t.toInstant());
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
