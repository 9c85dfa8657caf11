package org.sutiao.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.sutiao.audit.application.Audited;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.evaluation.domain.CenterConstruction;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.FactKey;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.evaluation.domain.PeriodParts;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The evaluation of centers and mediators and the versions of the indicator set (issue 11 §1–§2). Figures are read
 * from the summaries, never from the cases: a period's whole months from the monthly rows ({@code eval_summary},
 * {@code eval_duration}; a national year is 72 centers × 12 months of rows), the days of its partial edge months from
 * the daily rows ({@code eval_daily}, {@code eval_duration_daily}; see {@link PeriodParts}). A period is any range of
 * Beijing days; every subject of a period is scored by the version of the set in effect on its last day. Who reads
 * what is {@link EvaluationScope}.
 */
@Stateless
@Audited
public class EvaluationService {
    private static final String SUMS = Arrays.stream(Counter.values()).map(c -> "SUM(s." + c.column() + ")")
            .collect(Collectors.joining(", "));
    /** Before any case: the start of "every day up to". */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The statuses of a mediator's load: open cases. */
    static final List<CaseStatus> LOAD = List.of(CaseStatus.PENDING_ACCEPTANCE, CaseStatus.PENDING_CONSENT,
            CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED);
    /**
     * The statuses whose mediation due date can pass while the case is open (久调不决 risk): written as literals, so
     * that PostgreSQL matches the partial index {@code case_open_past_due} (V38_1), which holds only these cases.
     */
    static final String RUNNING = "c.status IN ('" + CaseStatus.IN_MEDIATION.name() + "', '"
            + CaseStatus.SUSPENDED.name() + "')";
    /** The court key of a case (CaseScope): the referring court, else the court its confirmation went to. */
    static final String COURT_KEY = "COALESCE(c.court_id, c.confirmation_court_id)";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    EvaluationFolder folder;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Every center in the caller's scope (and the region = province and industry given) with its figures.
     *
     * @throws InvalidInputException on {@code from}/{@code to}: missing, or {@code to} before {@code from}
     * @throws org.sutiao.shared.domain.ForbiddenException for roles other than HQ and center admin
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public Evaluation centers(LocalDate from, LocalDate to, String region, String industry) {
        checkPeriod(from, to);
        String center = EvaluationScope.of(caller()).center(null);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("k.province", blankToNull(region));
        filters.put("k.industry", blankToNull(industry));
        filters.put("k.code", center);
        return evaluate(from, to, FactKey.CENTER, "mediation_center k", "k.id", "k.code", "k.name", filters,
                openPastDue("c.center_id", center == null ? null : "c.center_id = (SELECT k.id FROM mediation_center k"
                        + " WHERE k.code = ?2)", center));
    }

    /**
     * The summed counts of the centers in the caller's scope (and the region = province and industry given) per
     * calendar month of [from, to] (Beijing days; the edge months only their days inside the range), for trend
     * charts: one grouped query over the monthly rows and one over the daily rows of the edges, instead of one
     * evaluation per month (issue 10: the dashboard's 13 evaluations per view).
     *
     * @return every month of the range in order, with empty counts where nothing happened
     * @throws InvalidInputException on {@code from}/{@code to}, as {@link #centers}
     * @throws org.sutiao.shared.domain.ForbiddenException for roles other than HQ and center admin
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public SortedMap<YearMonth, Counts> months(LocalDate from, LocalDate to, String region, String industry) {
        checkPeriod(from, to);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("k.province", blankToNull(region));
        filters.put("k.industry", blankToNull(industry));
        filters.put("k.code", EvaluationScope.of(caller()).center(null));
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        filters.forEach((column, value) -> {
            if (value != null) {
                params.add(value);
                where.append(" AND ").append(column).append(" = ?").append(params.size() + 3);
            }
        });
        SortedMap<YearMonth, Counts> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new Counts());
        }
        PeriodParts parts = PeriodParts.of(from, to);
        if (parts.months() != null) {
            sumByDate(months, "eval_summary", "period_month", parts.months(), where, params);
        }
        for (PeriodParts.Span days : parts.days()) {
            sumByDate(months, "eval_daily", "period_day", days, where, params);
        }
        return months;
    }

    /** Adds the centers' sums of one part of a period, grouped by its month or day, to the month they fall in. */
    private void sumByDate(Map<YearMonth, Counts> months, String table, String dateColumn, PeriodParts.Span span,
                           CharSequence where, List<Object> params) {
        Query sums = em.createNativeQuery("SELECT s." + dateColumn + ", " + SUMS + " FROM " + table
                + " s JOIN mediation_center k ON k.id = s.subject_id WHERE s.subject = ?1 AND s." + dateColumn
                + " BETWEEN ?2 AND ?3" + where + " GROUP BY s." + dateColumn);
        Counter[] all = Counter.values();
        for (Object o : bind(sums, FactKey.CENTER, span, params).getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            Counts c = months.computeIfAbsent(YearMonth.from(day), k -> new Counts());
            for (int i = 0; i < all.length; i++) {
                c.add(all[i], r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue());
            }
        }
    }

    /**
     * Every mediator of the center given (HQ: required; a center admin: its own, the default).
     *
     * @throws InvalidInputException on the period, as {@link #centers}; {@code center} missing for HQ
     * @throws org.sutiao.shared.domain.ForbiddenException for other roles, or a center admin asking for another center
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public Evaluation mediators(LocalDate from, LocalDate to, String centerCode) {
        checkPeriod(from, to);
        String center = EvaluationScope.of(caller()).center(centerCode);
        if (center == null) {
            // a drill-down from one center: thousands of mediators nationwide would be a league table, and slow
            throw new InvalidInputException("center", "validation.required");
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("k.code", center);
        return evaluate(from, to, FactKey.MEDIATOR, "mediator m JOIN mediation_center k ON k.id = m.center_id",
                "m.id", "m.code", "m.name", filters, openPastDue("c.mediator_id",
                        "c.center_id = (SELECT k.id FROM mediation_center k WHERE k.code = ?2)", center));
    }

    /**
     * The courts' figures of their cases over [from, to] (Beijing days): a court clerk its own court, HQ and court
     * supervisors every court with a case in the period (or the one given). A court's cases are those CaseScope
     * gives it: referred by it, or a direct application whose confirmation went to it.
     *
     * @throws InvalidInputException on the period, as {@link #centers}
     * @throws org.sutiao.shared.domain.ForbiddenException for other roles, or a court asking for another court
     */
    @RolesAllowed({Role.HQ, Role.SUPERVISOR, Role.CLERK, Role.SYSTEM})
    public CourtFigures courts(LocalDate from, LocalDate to, String courtCode) {
        checkPeriod(from, to);
        String court = EvaluationScope.court(caller(), courtCode);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("k.code", court);
        Selection period = select(from, to, FactKey.COURT, "court k", "k.id", "k.code", "k.name", filters, true);
        // pending at the end of the period: every application up to `to` less every ruling up to `to`
        Selection upToEnd = select(EARLIEST, to, FactKey.COURT, "court k", "k.id", "k.code", "k.name", filters,
                false);
        Map<Long, Long> pastDue = openPastDue(COURT_KEY, court == null ? null
                : COURT_KEY + " = (SELECT k.id FROM court k WHERE k.code = ?2)", court);
        List<CourtFigures.Item> items = new ArrayList<>();
        for (Object[] r : period.rows()) {
            long open = pastDue.getOrDefault(((Number) r[0]).longValue(), 0L);
            Counts c = period.counts(r);
            Counts all = upToEnd.counts(r);
            long pending = Math.max(0, all.get(Counter.CONFIRMATIONS_APPLIED) - all.get(Counter.CONFIRMATIONS_VALID)
                    - all.get(Counter.CONFIRMATIONS_REJECTED));
            if (court != null || !c.isEmpty() || pending > 0 || open > 0) {
                items.add(new CourtFigures.Item((String) r[1], (String) r[2], c, pending, open));
            }
        }
        return new CourtFigures(from, to, items);
    }

    /**
     * A mediator's own figures over [from, to] and its load today (the mediator itself only).
     *
     * @throws InvalidInputException on the period, as {@link #centers}
     * @throws org.sutiao.shared.domain.ForbiddenException for every role but a mediator
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public MediatorFigures mine(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        String code = EvaluationScope.mediator(caller());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("m.code", code);
        Map<Long, Long> open = openPastDue("c.mediator_id",
                "c.mediator_id = (SELECT m.id FROM mediator m WHERE m.code = ?2)", code);
        Evaluation evaluation = evaluate(from, to, FactKey.MEDIATOR,
                "mediator m JOIN mediation_center k ON k.id = m.center_id", "m.id", "m.code", "m.name", filters, open);
        Map<CaseStatus, Long> load = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : LOAD) {
            load.put(s, 0L);
        }
        // the mediator's cases by the index (mediator_id, pushed_at, id): a mediator's hundreds, never the table
        String mine = "c.mediatorId = (select m.id from Mediator m where m.code = :code)";
        for (Object[] r : em.createQuery("select c.status, count(c) from MediationCase c where " + mine
                        + " and c.status in :open group by c.status", Object[].class)
                .setParameter("code", code).setParameter("open", LOAD).getResultList()) {
            load.put((CaseStatus) r[0], ((Number) r[1]).longValue());
        }
        long pastDue = open.values().stream().mapToLong(Long::longValue).sum();
        return new MediatorFigures(evaluation, load, pastDue);
    }

    /**
     * The construction of every center in the caller's scope (HQ every center of the region = province and industry
     * given, a center admin its own): venues, mediators on the roster full- and part-time, certificates valid today,
     * recorded training hours (the roster's facts now) and the center's commendations and sanctions dated in
     * [from, to]. Read from the roster ({@code mediator}, {@code center_venue}, {@code center_merit}), never the cases.
     *
     * @throws InvalidInputException on the period, as {@link #centers}
     * @throws org.sutiao.shared.domain.ForbiddenException for roles other than HQ and center admin
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<CenterConstruction> construction(LocalDate from, LocalDate to, String region, String industry) {
        checkPeriod(from, to);
        String center = EvaluationScope.of(caller()).center(null);
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(java.sql.Date.valueOf(BusinessTime.dateOf(clock.instant())),
                java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        for (Object[] f : new Object[][]{{"k.province", blankToNull(region)}, {"k.industry", blankToNull(industry)},
                {"k.code", center}}) {
            if (f[1] != null) {
                params.add(f[1]);
                where.append(where.isEmpty() ? " WHERE " : " AND ").append(f[0]).append(" = ?").append(params.size());
            }
        }
        String roster = " FROM mediator m WHERE m.center_id = k.id AND m.status <> 'EXITED'";
        Query q = em.createNativeQuery("SELECT k.code, k.name,"
                + " (SELECT COUNT(*) FROM center_venue v WHERE v.center_id = k.id),"
                + " (SELECT COUNT(*)" + roster + " AND m.employment = 'FULL_TIME'),"
                + " (SELECT COUNT(*)" + roster + " AND m.employment = 'PART_TIME'),"
                + " (SELECT COUNT(*)" + roster + " AND m.cert_valid_to >= ?1"
                + " AND (m.cert_valid_from IS NULL OR m.cert_valid_from <= ?1)),"
                + " (SELECT COALESCE(SUM(m.training_hours), 0)" + roster + "),"
                + " (SELECT COUNT(*) FROM center_merit c WHERE c.center_id = k.id AND c.kind = 'COMMENDATION'"
                + " AND c.occurred_on BETWEEN ?2 AND ?3),"
                + " (SELECT COUNT(*) FROM center_merit c WHERE c.center_id = k.id AND c.kind = 'SANCTION'"
                + " AND c.occurred_on BETWEEN ?2 AND ?3)"
                + " FROM mediation_center k" + where + " ORDER BY k.code");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<CenterConstruction> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new CenterConstruction((String) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]),
                    r[6] == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(r[6].toString()), n(r[7]),
                    n(r[8])));
        }
        return out;
    }

    /**
     * The commendations and sanctions dated in [from, to] of every mediator of a center (HQ: the center given,
     * required; a center admin: its own), from the roster's record of merits ({@code mediator_merit}).
     *
     * @throws InvalidInputException on the period, as {@link #centers}; {@code center} missing for HQ
     * @throws org.sutiao.shared.domain.ForbiddenException for other roles, or a center admin asking for another center
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<MediatorMerits> mediatorMerits(LocalDate from, LocalDate to, String centerCode) {
        checkPeriod(from, to);
        String center = EvaluationScope.of(caller()).center(centerCode);
        if (center == null) {
            throw new InvalidInputException("center", "validation.required");
        }
        List<MediatorMerits> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT m.code, m.name,"
                        + " SUM(CASE WHEN x.kind = 'COMMENDATION' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.kind = 'SANCTION' THEN 1 ELSE 0 END)"
                        + " FROM mediator m JOIN mediation_center k ON k.id = m.center_id"
                        + " LEFT JOIN mediator_merit x ON x.mediator_id = m.id AND x.occurred_on BETWEEN ?1 AND ?2"
                        + " WHERE k.code = ?3 GROUP BY m.code, m.name ORDER BY m.code")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                .setParameter(3, center).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new MediatorMerits((String) r[0], (String) r[1], n(r[2]), n(r[3])));
        }
        return out;
    }

    /**
     * The open cases past their due date today (Beijing; {@link org.sutiao.evaluation.domain.Indicator#OPEN_PAST_DUE},
     * 久调不决 risk): in mediation or suspended with the mediation due date before today, counted by {@code key} (a
     * column or expression of {@code mediation_case c}: center, mediator or court). One grouped count over the range
     * {@code mediation_due_date < today} of the partial index {@code case_open_past_due} (PostgreSQL, V38_1: only the
     * open cases in mediation, with the keys included, so index only), never a scan of the cases; the figure of now,
     * whatever the period asked for.
     *
     * @param filter a condition on {@code c} with the parameter {@code ?2} bound to {@code value}, or null for all
     * @return key → count, only keys with at least one case
     */
    Map<Long, Long> openPastDue(String key, String filter, Object value) {
        Query q = em.createNativeQuery("SELECT " + key + ", COUNT(*) FROM mediation_case c WHERE " + RUNNING
                + " AND c.mediation_due_date < ?1" + (filter == null ? "" : " AND " + filter) + " GROUP BY " + key);
        q.setParameter(1, java.sql.Date.valueOf(BusinessTime.dateOf(clock.instant())));
        if (filter != null) {
            q.setParameter(2, value);
        }
        Map<Long, Long> out = new HashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            if (r[0] != null) {
                out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return out;
    }

    /**
     * The name of the center whose merits the caller reads (HQ: the one given, required; a center admin: its own).
     *
     * @throws InvalidInputException on {@code center} when HQ gives none
     * @throws org.sutiao.shared.domain.ForbiddenException for other roles, or a center admin asking for another center
     * @throws org.sutiao.shared.domain.NotFoundException {@code center.unknown} for an unknown center
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public String meritsCenterName(String centerCode) {
        String center = meritsCenter(centerCode);
        List<?> rows = em.createNativeQuery("SELECT k.name FROM mediation_center k WHERE k.code = ?1")
                .setParameter(1, center).getResultList();
        if (rows.isEmpty()) {
            throw new org.sutiao.shared.domain.NotFoundException("center.unknown", center);
        }
        return (String) rows.get(0);
    }

    /**
     * How many commendations and sanctions the center's record holds ({@code ofMediators} false) or its mediators'
     * records hold (true); scope as {@link #meritsCenterName}.
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public long countMerits(String centerCode, boolean ofMediators) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + meritsFrom(ofMediators))
                .setParameter(1, meritsCenter(centerCode)).getSingleResult()).longValue();
    }

    /**
     * One page of the commendations and sanctions of the center ({@code ofMediators} false: {@code center_merit}) or
     * of its mediators (true: {@code mediator_merit} of the center's roster), newest first (date, then id): a
     * projection, never the entities. Scope as {@link #meritsCenterName}.
     *
     * @param first the offset of the page's first row
     * @param size  rows per page, 1–100
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<MeritEntry> merits(String centerCode, boolean ofMediators, int first, int size) {
        Query q = em.createNativeQuery("SELECT x.id, x.occurred_on, x.kind, "
                        + (ofMediators ? "m.code, m.name" : "k.code, k.name") + ", x.reason, x.recorded_by"
                        + meritsFrom(ofMediators) + " ORDER BY x.occurred_on DESC, x.id DESC")
                .setParameter(1, meritsCenter(centerCode));
        List<MeritEntry> out = new ArrayList<>();
        for (Object o : q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(100, size)))
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new MeritEntry(((Number) r[0]).longValue(), day(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6]));
        }
        return out;
    }

    private String meritsCenter(String centerCode) {
        String center = EvaluationScope.of(caller()).center(centerCode);
        if (center == null) {
            throw new InvalidInputException("center", "validation.required");
        }
        return center;
    }

    /** The merits of a center (by {@code center_merit_center}) or of its mediators (by {@code mediator_merit_mediator}). */
    private static String meritsFrom(boolean ofMediators) {
        return ofMediators
                ? " FROM mediator_merit x JOIN mediator m ON m.id = x.mediator_id"
                + " JOIN mediation_center k ON k.id = m.center_id WHERE k.code = ?1"
                : " FROM center_merit x JOIN mediation_center k ON k.id = x.center_id WHERE k.code = ?1";
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /**
     * The version of the indicator set in effect on {@code day}: its reference ranges, shown beside every role's
     * figures (pages outside HQ show ranges, not league tables).
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.SUPERVISOR, Role.CLERK, Role.MEDIATOR_ROLE})
    public IndicatorSet indicatorSetOn(LocalDate day) {
        return inEffect(day == null ? BusinessTime.today() : day);
    }

    /** Every version of the indicator set, newest first (HQ and center admins: they see the ranges). */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<IndicatorSet> indicatorSets() {
        return em.createNamedQuery("IndicatorSet.all", IndicatorSet.class).getResultList();
    }

    /**
     * HQ adds a version of the indicator set, effective from a day after today and after the latest version's.
     *
     * @throws InvalidInputException naming the field (see {@link IndicatorSet}); an unknown code on
     *                               {@code indicators[i].code}
     */
    @RolesAllowed(Role.HQ)
    public IndicatorSet createIndicatorSet(IndicatorSetCommand cmd) {
        if (cmd == null) {
            throw new InvalidInputException("effectiveFrom", "validation.required");
        }
        List<IndicatorRange> items = new ArrayList<>();
        if (cmd.indicators() != null) {
            for (int i = 0; i < cmd.indicators().size(); i++) {
                IndicatorSetCommand.Item it = cmd.indicators().get(i);
                Indicator code;
                try {
                    code = it == null || it.code() == null ? null : Indicator.valueOf(it.code().strip());
                } catch (IllegalArgumentException e) {
                    code = null;
                }
                if (code == null) {
                    throw new InvalidInputException("indicators[" + i + "].code", "indicatorSet.unknownIndicator");
                }
                if (it.weight() == null) {
                    throw new InvalidInputException("indicators[" + i + "].weight", "validation.required");
                }
                items.add(new IndicatorRange(code, it.weight(), it.min(), it.max()));
            }
        }
        List<IndicatorSet> all = indicatorSets();
        Caller caller = caller();
        IndicatorSet set = new IndicatorSet(all.isEmpty() ? null : all.get(0), cmd.effectiveFrom(),
                cmd.excellentFrom(), cmd.goodFrom(), items, BusinessTime.today(), clock.instant(), caller.username());
        em.persist(set);
        return set;
    }

    /**
     * Rebuilds every fact and summary from the cases (HQ; also for a database filled without the application, such
     * as the benchmark's).
     *
     * @return the number of cases read
     */
    @RolesAllowed(Role.HQ)
    public int recompute() {
        return folder.recompute(clock.instant());
    }

    /** The version of the set in effect on {@code day}. */
    IndicatorSet inEffect(LocalDate day) {
        return em.createNamedQuery("IndicatorSet.inEffect", IndicatorSet.class).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no indicator set in effect on " + day));
    }

    private Evaluation evaluate(LocalDate from, LocalDate to, char subject, String subjects, String id, String code,
                                String name, Map<String, Object> filters, Map<Long, Long> openPastDue) {
        Selection sel = select(from, to, subject, subjects, id, code, name, filters, true);
        IndicatorSet set = inEffect(to);
        List<Evaluation.Item> items = new ArrayList<>();
        for (Object[] r : sel.rows()) {
            Counts c = sel.counts(r);
            long open = openPastDue.getOrDefault(((Number) r[0]).longValue(), 0L);
            items.add(new Evaluation.Item((String) r[1], (String) r[2], c, set.score(c, open)));
        }
        return new Evaluation(from, to, set.version(), items);
    }

    /** The subjects listed ({id, code, name} by code) and their summed counts by id. */
    private record Selection(List<Object[]> rows, Map<Long, Counts> byId) {
        Counts counts(Object[] row) {
            return byId.getOrDefault(((Number) row[0]).longValue(), new Counts());
        }
    }

    /**
     * The subjects matching {@code filters} (column → value; null values ignored) with their counts over [from, to]:
     * the whole months from the monthly rows, the edge days from the daily rows ({@link PeriodParts}).
     */
    private Selection select(LocalDate from, LocalDate to, char subject, String subjects, String id, String code,
                             String name, Map<String, Object> filters, boolean histogram) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        filters.forEach((column, value) -> {
            if (value != null) {
                params.add(value);
                where.append(" AND ").append(column).append(" = ?").append(params.size() + 3);
            }
        });
        Map<Long, Counts> counts = new HashMap<>();
        PeriodParts parts = PeriodParts.of(from, to);
        if (parts.months() != null) {
            sum(counts, "eval_summary", histogram ? "eval_duration" : null, "period_month", parts.months(), subject,
                    subjects, id, where, params);
        }
        for (PeriodParts.Span days : parts.days()) {
            sum(counts, "eval_daily", histogram ? "eval_duration_daily" : null, "period_day", days, subject, subjects,
                    id, where, params);
        }
        StringBuilder listWhere = new StringBuilder();
        filters.forEach((column, value) -> {
            if (value != null) {
                listWhere.append(listWhere.isEmpty() ? " WHERE " : " AND ").append(column).append(" = ?")
                        .append(params.indexOf(value) + 4);
            }
        });
        Query list = em.createNativeQuery("SELECT " + id + ", " + code + ", " + name + " FROM " + subjects
                + listWhere + " ORDER BY " + code);
        for (int i = 0; i < params.size(); i++) {
            list.setParameter(i + 4, params.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object o : list.getResultList()) {
            rows.add((Object[]) o);
        }
        return new Selection(rows, counts);
    }

    /**
     * Adds the sums and the duration histogram of one part of the period (whole months from the monthly rows, or a
     * run of days from the daily rows) to {@code counts}, by subject id: two grouped queries over the subjects'
     * summary rows (index {@code *_subject}: subject, subject id, month or day); no histogram when it is null.
     */
    private void sum(Map<Long, Counts> counts, String table, String histogram, String dateColumn,
                     PeriodParts.Span span, char subject, String subjects, String id, CharSequence where,
                     List<Object> params) {
        Query sums = em.createNativeQuery("SELECT s.subject_id, " + SUMS + " FROM " + table + " s JOIN " + subjects
                + " ON " + id + " = s.subject_id WHERE s.subject = ?1 AND s." + dateColumn + " BETWEEN ?2 AND ?3"
                + where + " GROUP BY s.subject_id");
        Counter[] all = Counter.values();
        for (Object o : bind(sums, subject, span, params).getResultList()) {
            Object[] r = (Object[]) o;
            Counts c = counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new Counts());
            for (int i = 0; i < all.length; i++) {
                c.add(all[i], r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue());
            }
        }
        if (histogram == null) {
            return;
        }
        Query hist = em.createNativeQuery("SELECT s.subject_id, s.days, SUM(s.cases) FROM " + histogram + " s JOIN "
                + subjects + " ON " + id + " = s.subject_id WHERE s.subject = ?1 AND s." + dateColumn
                + " BETWEEN ?2 AND ?3" + where + " GROUP BY s.subject_id, s.days");
        for (Object o : bind(hist, subject, span, params).getResultList()) {
            Object[] r = (Object[]) o;
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new Counts())
                    .addDuration(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
    }

    private static Query bind(Query q, char subject, PeriodParts.Span span, List<Object> params) {
        q.setParameter(1, String.valueOf(subject)).setParameter(2, java.sql.Date.valueOf(span.from()))
                .setParameter(3, java.sql.Date.valueOf(span.to()));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 4, params.get(i));
        }
        return q;
    }

    /**
     * Any range of Beijing days (issue 11 §1): both ends required, {@code to} not before {@code from}.
     *
     * @throws InvalidInputException on {@code from}/{@code to} ({@code validation.required},
     *                               {@code evaluation.toBeforeFrom})
     */
    static void checkPeriod(LocalDate from, LocalDate to) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInputException.FieldError("from", "validation.required"));
        }
        if (to == null) {
            errors.add(new InvalidInputException.FieldError("to", "validation.required"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new InvalidInputException.FieldError("to", "evaluation.toBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
