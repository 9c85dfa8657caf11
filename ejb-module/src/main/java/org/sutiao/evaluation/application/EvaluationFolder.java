package org.sutiao.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.sutiao.evaluation.domain.CaseFacts;
import org.sutiao.evaluation.domain.CaseSnapshot;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.FactKey;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the evaluation's facts and summaries current (issue 11 §2: figures follow a transition within 60 seconds and
 * can be recomputed from scratch with the same result). Each case's facts ({@link CaseFacts}) are recomputed from the
 * case whenever it changed — a timeline event or a satisfaction rating since the last fold, less a margin for
 * transactions still open then — and each summary row they touch (monthly and daily) is rebuilt from the facts of
 * its key, so a fold and a {@link #recompute} give the same rows. The fold state row is locked first: two nodes never
 * fold at once. The methods other than the fold and the recompute are the recompute's steps, public only so that each
 * runs in its own transaction.
 */
@Stateless
public class EvaluationFolder {
    /** Changes this much older than the last fold are folded again (transactions open while it ran). */
    static final Duration MARGIN = Duration.ofMinutes(2);
    private static final int BATCH = 500;
    private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
            .collect(Collectors.joining(", "));
    private static final String SUMS = Arrays.stream(Counter.values()).map(c -> "SUM(" + c.column() + ")")
            .collect(Collectors.joining(", "));
    /** The summaries summed from the facts: monthly, their histogram, daily (for partial months), its histogram. */
    static final List<String> SUMMARY_TABLES = List.of("eval_summary", "eval_duration", "eval_daily",
            "eval_duration_daily");

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CaseSnapshots snapshots;
    @Resource
    SessionContext context;

    /**
     * Folds the cases changed since the last fold into the facts and summaries, and moves the watermark to {@code now}.
     * Does nothing on a database never recomputed ({@link #needsRecompute()}): the timer recomputes it first.
     *
     * @return the number of cases folded
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fold(Instant now) {
        Object[] state = lockState();
        if (state[1] == null) {
            return 0;
        }
        Instant since = instant(state[0]).minus(MARGIN);
        Set<Long> ids = new LinkedHashSet<>();
        for (String sql : List.of("SELECT DISTINCT case_id FROM case_event WHERE occurred_at > ?1",
                "SELECT DISTINCT case_id FROM case_satisfaction WHERE rated_at > ?1")) {
            for (Object id : em.createNativeQuery(sql).setParameter(1, Timestamp.from(since)).getResultList()) {
                ids.add(((Number) id).longValue());
            }
        }
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            refresh(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        em.createNativeQuery("UPDATE eval_fold_state SET folded_through = ?1 WHERE id = 1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        return all.size();
    }

    /**
     * True when the facts were never computed on this database (a new installation, or one filled by the benchmark
     * generator or a restore without them).
     */
    public boolean needsRecompute() {
        return em.createNativeQuery("SELECT recomputed_at FROM eval_fold_state WHERE id = 1").getSingleResult() == null;
    }

    /**
     * Rebuilds every fact and summary from the cases (issue 11 §2): the tables are emptied, the facts written in
     * batches of 500 cases, each in its own transaction (a million cases never run into a transaction timeout), and
     * the summaries summed from the facts at the end. Folds running meanwhile stay correct: a batch first deletes
     * the facts of its cases, the last step rebuilds every summary, and the watermark goes back to the start, so the
     * changes made during the recompute are folded again.
     *
     * @return the number of cases read
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recompute(Instant now) {
        EvaluationFolder self = context.getBusinessObject(EvaluationFolder.class);
        self.startRecompute(now);
        int n = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long[] batch = self.factsAfter(after);
            if (batch[0] == 0) {
                break;
            }
            n += (int) batch[0];
            after = batch[1];
        }
        self.finishRecompute(now);
        return n;
    }

    /** The first step of {@link #recompute}: empties the tables and marks the recompute. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startRecompute(Instant now) {
        lockState();
        for (String table : SUMMARY_TABLES) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM eval_case_fact").executeUpdate();
        em.createNativeQuery("UPDATE eval_fold_state SET recomputed_at = ?1 WHERE id = 1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /**
     * One batch of {@link #recompute}: the facts of the next cases by id after {@code after}.
     *
     * @return {number of cases, last id}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] factsAfter(long after) {
        List<Long> ids = em.createQuery("select c.id from MediationCase c where c.id > :after order by c.id",
                Long.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return new long[]{0, after};
        }
        em.createNativeQuery("DELETE FROM eval_case_fact WHERE case_id IN (" + ids.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")").executeUpdate();
        Map<Long, Map<FactKey, Counts>> facts = new HashMap<>();
        for (CaseSnapshot s : snapshots.of(ids)) {
            facts.put(s.caseId(), CaseFacts.of(s));
        }
        insertFacts(facts);
        return new long[]{ids.size(), ids.get(ids.size() - 1)};
    }

    /** The last step of {@link #recompute}: every summary summed from the facts; the watermark back to the start. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishRecompute(Instant startedAt) {
        lockState();
        for (String table : SUMMARY_TABLES) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        for (String sql : SummarySql.sumStatements("")) {
            em.createNativeQuery(sql).executeUpdate();
        }
        em.createNativeQuery("UPDATE eval_fold_state SET folded_through = ?1 WHERE id = 1")
                .setParameter(1, Timestamp.from(startedAt)).executeUpdate();
    }

    /**
     * Folds the cases given: each case's facts are computed again and compared with the stored ones; only the cases
     * whose facts changed are written, and only the days and months they touch are summed again. A fold reads again
     * every case changed within {@link #MARGIN} of the last one (transactions still open then), so most cases it
     * reads are unchanged since (at 1 M cases, rewriting them all took a quarter of the server's CPU during intake).
     */
    private void refresh(List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Set<String>> stored = new HashMap<>();
        Set<FactKey> storedKeys = new LinkedHashSet<>();
        Map<Long, List<FactKey>> storedKeysByCase = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT case_id, subject, subject_id, period_day, duration_days, " + COLUMNS
                + " FROM eval_case_fact WHERE case_id IN (" + in + ")").getResultList()) {
            Object[] r = (Object[]) o;
            long caseId = ((Number) r[0]).longValue();
            FactKey k = new FactKey(r[1].toString().charAt(0), ((Number) r[2]).longValue(), date(r[3]));
            long[] values = new long[COUNTERS.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = r[5 + i] == null ? 0 : ((Number) r[5 + i]).longValue();
            }
            stored.computeIfAbsent(caseId, c -> new java.util.HashSet<>())
                    .add(fact(k, r[4] == null ? null : ((Number) r[4]).intValue(), values));
            storedKeysByCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(k);
        }
        List<Long> changed = new ArrayList<>();
        Map<Long, Map<FactKey, Counts>> fresh = new HashMap<>();
        Set<FactKey> keys = new LinkedHashSet<>();
        for (CaseSnapshot s : snapshots.of(ids)) {
            Map<FactKey, Counts> facts = CaseFacts.of(s);
            Set<String> now = new java.util.HashSet<>();
            facts.forEach((k, c) -> now.add(fact(k, duration(c), values(c))));
            if (!now.equals(stored.getOrDefault(s.caseId(), Set.of()))) {
                changed.add(s.caseId());
                fresh.put(s.caseId(), facts);
                keys.addAll(storedKeysByCase.getOrDefault(s.caseId(), List.of()));
                keys.addAll(facts.keySet());
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM eval_case_fact WHERE case_id IN (" + changed.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")").executeUpdate();
        insertFacts(fresh);
        // every touched day first: a month is then summed from its (at most 31) daily rows, not from its facts
        Set<FactKey> months = new LinkedHashSet<>();
        for (FactKey k : keys) {
            rebuildDay(k);
            months.add(k.monthKey());
        }
        for (FactKey m : months) {
            rebuildMonth(m);
        }
    }

    private static final Counter[] COUNTERS = Counter.values();

    /** One fact as a comparable value: its key, duration and counters. */
    private static String fact(FactKey k, Integer duration, long[] values) {
        return k.subject() + "|" + k.subjectId() + "|" + k.day() + "|" + duration + "|" + Arrays.toString(values);
    }

    private static Integer duration(Counts c) {
        return c.durations().keySet().stream().findFirst().orElse(null);
    }

    private static long[] values(Counts c) {
        long[] v = new long[COUNTERS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.get(COUNTERS[i]);
        }
        return v;
    }

    /**
     * Writes the facts of the cases given as one JDBC batch on the transaction's connection (a native query per row
     * cost EclipseLink a statement preparation each).
     */
    private void insertFacts(Map<Long, Map<FactKey, Counts>> byCase) {
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        String marks = String.join(", ", java.util.Collections.nCopies(COUNTERS.length + 6, "?"));
        try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO eval_case_fact (case_id,"
                + " subject, subject_id, period_day, period_month, duration_days, " + COLUMNS + ") VALUES (" + marks
                + ")")) {
            for (Map.Entry<Long, Map<FactKey, Counts>> c : byCase.entrySet()) {
                for (Map.Entry<FactKey, Counts> e : c.getValue().entrySet()) {
                    FactKey k = e.getKey();
                    insert.setLong(1, c.getKey());
                    insert.setString(2, String.valueOf(k.subject()));
                    insert.setLong(3, k.subjectId());
                    insert.setDate(4, java.sql.Date.valueOf(k.day()));
                    insert.setDate(5, java.sql.Date.valueOf(k.month()));
                    Integer days = duration(e.getValue());
                    if (days == null) {
                        insert.setNull(6, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(6, days);
                    }
                    for (int i = 0; i < COUNTERS.length; i++) {
                        insert.setLong(7 + i, e.getValue().get(COUNTERS[i]));
                    }
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("The evaluation facts could not be written", e);
        }
    }

    /** Rebuilds the daily rows (sums and histogram) of {@code k}'s subject and day from its facts. */
    private void rebuildDay(FactKey k) {
        String where = " WHERE subject = ?1 AND subject_id = ?2 AND period_day = ?3";
        for (String statement : List.of("DELETE FROM eval_daily" + where, "DELETE FROM eval_duration_daily" + where,
                SummarySql.daily(where), SummarySql.dailyDurations(where))) {
            em.createNativeQuery(statement).setParameter(1, String.valueOf(k.subject())).setParameter(2, k.subjectId())
                    .setParameter(3, java.sql.Date.valueOf(k.day())).executeUpdate();
        }
    }

    /**
     * Rebuilds the monthly rows of {@code m}'s subject and month from that month's daily rows, which the same fold
     * rebuilt first: the same sums as from the facts (a recompute sums the facts), read from at most 31 rows instead
     * of every fact of the month (67 ms for the largest center's month at 1 M cases).
     */
    private void rebuildMonth(FactKey m) {
        String where = " WHERE subject = ?1 AND subject_id = ?2 AND period_month = ?3";
        for (String statement : List.of("DELETE FROM eval_summary" + where, "DELETE FROM eval_duration" + where,
                SummarySql.monthlyFromDaily(), SummarySql.monthlyDurationsFromDaily())) {
            em.createNativeQuery(statement).setParameter(1, String.valueOf(m.subject())).setParameter(2, m.subjectId())
                    .setParameter(3, java.sql.Date.valueOf(m.month()))
                    .setParameter(4, java.sql.Date.valueOf(m.month().with(TemporalAdjusters.lastDayOfMonth())))
                    .executeUpdate();
        }
    }

    /** The state row, locked: {folded_through, recomputed_at}. */
    private Object[] lockState() {
        return (Object[]) em.createNativeQuery("SELECT folded_through, recomputed_at FROM eval_fold_state"
                + " WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    private static Instant instant(Object t) {
        if (t instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) t;
    }

    static LocalDate date(Object d) {
        return d instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) d;
    }
}
