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
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.FactKey;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation of centers and mediators and the versions of the indicator set (issue 11 §1–§2). Figures are read
 * from the monthly summaries ({@code eval_summary}, {@code eval_duration}), never from the cases: a national year is
 * 72 centers × 12 months of rows. Periods are whole months (a month, quarter, year or any run of months); every
 * subject of a period is scored by the version of the set in effect on the period's last day. Who reads what is
 * {@link EvaluationScope}.
 */
@Stateless
@Audited
public class EvaluationService {
    private static final String SUMS = Arrays.stream(Counter.values()).map(c -> "SUM(s." + c.column() + ")")
            .collect(Collectors.joining(", "));

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
     * @throws InvalidInputException on {@code from}/{@code to}: missing, not the first/last day of a month, or
     *                               {@code to} before {@code from}
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
        return evaluate(from, to, FactKey.CENTER, "mediation_center k", "k.id", "k.code", "k.name", filters);
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
                "m.id", "m.code", "m.name", filters);
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
                                String name, Map<String, Object> filters) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        filters.forEach((column, value) -> {
            if (value != null) {
                params.add(value);
                where.append(" AND ").append(column).append(" = ?").append(params.size() + 3);
            }
        });
        Map<Long, Counts> counts = new HashMap<>();
        Query sums = em.createNativeQuery("SELECT s.subject_id, " + SUMS + " FROM eval_summary s JOIN " + subjects
                + " ON " + id + " = s.subject_id WHERE s.subject = ?1 AND s.period_month BETWEEN ?2 AND ?3" + where
                + " GROUP BY s.subject_id");
        for (Object o : bind(sums, subject, from, to, params).getResultList()) {
            Object[] r = (Object[]) o;
            Counts c = counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new Counts());
            Counter[] all = Counter.values();
            for (int i = 0; i < all.length; i++) {
                c.add(all[i], r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue());
            }
        }
        Query hist = em.createNativeQuery("SELECT s.subject_id, s.days, SUM(s.cases) FROM eval_duration s JOIN "
                + subjects + " ON " + id + " = s.subject_id WHERE s.subject = ?1 AND s.period_month BETWEEN ?2 AND ?3"
                + where + " GROUP BY s.subject_id, s.days");
        for (Object o : bind(hist, subject, from, to, params).getResultList()) {
            Object[] r = (Object[]) o;
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new Counts())
                    .addDuration(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
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
        IndicatorSet set = inEffect(to);
        List<Evaluation.Item> items = new ArrayList<>();
        for (Object o : list.getResultList()) {
            Object[] r = (Object[]) o;
            Counts c = counts.getOrDefault(((Number) r[0]).longValue(), new Counts());
            items.add(new Evaluation.Item((String) r[1], (String) r[2], c, set.score(c)));
        }
        return new Evaluation(from, to, set.version(), items);
    }

    private static Query bind(Query q, char subject, LocalDate from, LocalDate to, List<Object> params) {
        q.setParameter(1, String.valueOf(subject)).setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to.withDayOfMonth(1)));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 4, params.get(i));
        }
        return q;
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInputException.FieldError("from", "validation.required"));
        } else if (from.getDayOfMonth() != 1) {
            errors.add(new InvalidInputException.FieldError("from", "evaluation.monthStart"));
        }
        if (to == null) {
            errors.add(new InvalidInputException.FieldError("to", "validation.required"));
        } else if (!to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            errors.add(new InvalidInputException.FieldError("to", "evaluation.monthEnd"));
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
