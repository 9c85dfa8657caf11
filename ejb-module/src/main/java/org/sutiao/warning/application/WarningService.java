package org.sutiao.warning.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.audit.application.Audited;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.warning.domain.WarningKind;
import org.sutiao.warning.domain.WarningRules;
import org.sutiao.warning.domain.WarningThreshold;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Early warnings (预警, issue 11 §2) of the cases in the caller's {@link CaseScope} (the scope every case list reads:
 * HQ and supervisors national, a center its own, a mediator their assignments, a court its referrals): open deadlines
 * within their kind's threshold ({@code warning_threshold}), confirmation windows running out, and 久调不决 risk.
 * Each source is one query served by an index (V27; for a center, mediator or court the open deadlines' copies of
 * their case's scope keys, V28) over the few rows inside a threshold's window, never over all cases; counts stop at
 * {@link #COUNT_CAP}. Rows are projections of case metadata only (no parties).
 */
@Stateless
@Audited
@RolesAllowed({Role.CLERK, Role.SUPERVISOR, Role.HQ, Role.CENTER, Role.MEDIATOR_ROLE})
public class WarningService {
    /** A kind's count stops here (issue 10 §2: no exact count over millions of rows on every request). */
    public static final int COUNT_CAP = 1_000;
    /** Most rows a list returns at once. */
    public static final int MAX_SIZE = 100;
    /** Deepest offset a list pages to (every source is read up to offset + size rows, then merged). */
    public static final int MAX_FIRST = 10_000;

    private static final String METADATA = "c.id, c.caseNumber, c.status, c.courtCaseNumber, rk.code, rk.name,"
            + " rn.code, rn.name, rm.code, rm.name";
    private static final String JOINS = " left join c.referringCourt rk join c.center rn left join c.mediator rm";
    private static final String OPEN = "org.sutiao.cases.domain.DeadlineState.OPEN";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CalendarService calendar;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * A page of the caller's warnings, most urgent first ({@link WarningRules#BY_URGENCY}: overdue first).
     *
     * @param kind  only this kind, or null for all
     * @param first offset, 0–{@link #MAX_FIRST}
     * @param size  rows, 1–{@link #MAX_SIZE}
     * @throws InvalidInputException {@code validation.range} on {@code first} or {@code size} out of bounds
     */
    public WarningPage warnings(WarningKind kind, int first, int size) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInputException("first", "validation.range", 0, MAX_FIRST);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "validation.range", 1, MAX_SIZE);
        }
        Context ctx = context();
        List<WarningKind> kinds = kind == null ? List.of(WarningKind.values()) : List.of(kind);
        List<Warning> merged = new ArrayList<>();
        int upTo = first + size;
        merged.addAll(deadlineRows(ctx, kinds.stream().filter(k -> k.deadline() != null).toList(), upTo));
        if (kinds.contains(WarningKind.CONFIRMATION_WINDOW)) {
            merged.addAll(windowRows(ctx, upTo));
        }
        if (kinds.contains(WarningKind.STALLED)) {
            merged.addAll(stalledRows(ctx, upTo));
        }
        merged.sort(WarningRules.BY_URGENCY);
        long total = 0;
        boolean exact = true;
        for (WarningKind k : kinds) {
            long n = count(ctx, k);
            exact &= n <= COUNT_CAP;
            total += Math.min(n, COUNT_CAP);
        }
        int to = Math.min(merged.size(), upTo);
        return new WarningPage(List.copyOf(merged.subList(Math.min(first, to), to)), total, exact, first, size);
    }

    /** The caller's warnings counted per kind (each up to {@link #COUNT_CAP}), in the order of the kinds. */
    public List<WarningCount> warningCounts() {
        Context ctx = context();
        List<WarningCount> out = new ArrayList<>();
        for (WarningKind k : WarningKind.values()) {
            long n = count(ctx, k);
            out.add(new WarningCount(k, Math.min(n, COUNT_CAP), n <= COUNT_CAP, ctx.days(k), k.unit()));
        }
        return out;
    }

    /** Every kind's threshold (the shipped default where no row exists). */
    public List<ThresholdView> thresholds() {
        Map<WarningKind, WarningThreshold> rows = rows();
        List<ThresholdView> out = new ArrayList<>();
        for (WarningKind k : WarningKind.values()) {
            WarningThreshold t = rows.get(k);
            out.add(new ThresholdView(k, t == null ? k.defaultDays() : t.days(), k.unit(), k.minDays(), k.maxDays(),
                    t == null ? null : t.updatedAt(), t == null ? null : t.updatedBy()));
        }
        return out;
    }

    /**
     * HQ sets thresholds (issue 11 §2: configurable), all or nothing; audited.
     *
     * @param changes the new days per kind, in the order of the request (kinds left out keep theirs)
     * @return every kind's threshold after the change
     * @throws InvalidInputException {@code validation.range} on {@code items[i].days} outside the kind's bounds,
     *                               {@code validation.value} on {@code items[i].kind} named twice (nothing is written)
     */
    @RolesAllowed(Role.HQ)
    public List<ThresholdView> changeThresholds(List<ThresholdChange> changes) {
        Caller caller = callers.of(session.getCallerPrincipal());
        Instant now = clock.instant();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<WarningKind> seen = EnumSet.noneOf(WarningKind.class);
        for (int i = 0; i < changes.size(); i++) {
            ThresholdChange c = changes.get(i);
            if (!seen.add(c.kind())) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "].kind", "validation.value",
                        c.kind().name()));
            }
            if (c.days() < c.kind().minDays() || c.days() > c.kind().maxDays()) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "].days", "validation.range",
                        c.kind().minDays(), c.kind().maxDays()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<WarningKind, WarningThreshold> rows = rows();
        for (ThresholdChange c : changes) {
            WarningThreshold t = rows.get(c.kind());
            if (t == null) {
                em.persist(new WarningThreshold(c.kind(), c.days(), now, caller.username()));
            } else {
                t.change(c.days(), now, caller.username(), "days");
            }
        }
        em.flush();
        return thresholds();
    }

    /** A kind's new threshold in days of its unit. */
    public record ThresholdChange(WarningKind kind, int days) {
    }

    private Map<WarningKind, WarningThreshold> rows() {
        Map<WarningKind, WarningThreshold> rows = new EnumMap<>(WarningKind.class);
        em.createNamedQuery("WarningThreshold.all", WarningThreshold.class).getResultList()
                .forEach(t -> rows.put(t.kind(), t));
        return rows;
    }

    /** What every query of one request shares: the scope, today, the calendar and the thresholds. */
    private record Context(CaseScope scope, LocalDate today, WorkingDayCalendar calendar,
                           Map<WarningKind, Integer> thresholds) {
        int days(WarningKind k) {
            return thresholds.getOrDefault(k, k.defaultDays());
        }

        LocalDate horizon(WarningKind k) {
            return WarningRules.horizon(k.unit(), days(k), today, calendar);
        }
    }

    private Context context() {
        Caller caller = callers.of(session.getCallerPrincipal());
        Map<WarningKind, Integer> days = new EnumMap<>(WarningKind.class);
        rows().forEach((k, t) -> days.put(k, t.days()));
        return new Context(CaseScope.of(caller), BusinessTime.dateOf(clock.instant()), calendar.current(), days);
    }

    /** A JPQL condition and its parameters. */
    private record Where(String jpql, Map<String, Object> parameters) {
    }

    /**
     * Open deadlines of {@code kinds}, each up to its horizon, in the caller's scope, decided on the deadline row's
     * copies of its case's scope keys (V28), so that the range is read from one index without looking the cases up.
     */
    private Where deadlines(Context ctx, List<WarningKind> kinds) {
        Map<String, Object> params = new HashMap<>(ctx.scope().parameters());
        StringBuilder w = new StringBuilder(" where (").append(deadlineScope(ctx)).append(") and d.state = ")
                .append(OPEN).append(" and (");
        for (int i = 0; i < kinds.size(); i++) {
            WarningKind k = kinds.get(i);
            w.append(i == 0 ? "" : " or ").append("(d.kind = :k").append(i).append(" and d.dueDate <= :h").append(i)
                    .append(")");
            params.put("k" + i, k.deadline());
            params.put("h" + i, ctx.horizon(k));
        }
        return new Where(w.append(")").toString(), params);
    }

    /** The caller's scope on an open deadline {@code d} (its case {@code c} for a scope not kept on deadlines). */
    private static String deadlineScope(Context ctx) {
        String d = ctx.scope().deadlineCondition();
        return d != null ? d : ctx.scope().condition();
    }

    /**
     * The first {@code max} open deadlines of each kind, each read in due-date order from the partial index on
     * (scope key, kind, due_date, case_id, id) of the open rows (V28_1; HQ and supervisors: V27's on (state, kind,
     * due_date, case_id, id)) and stopping at {@code max}; the caller merges the kinds.
     */
    private List<Warning> deadlineRows(Context ctx, List<WarningKind> kinds, int max) {
        List<Warning> out = new ArrayList<>();
        for (WarningKind k : kinds) {
            Where w = deadlines(ctx, List.of(k));
            TypedQuery<Object[]> q = em.createQuery("select " + METADATA + ", d.dueDate, d.provisional"
                    + " from Deadline d join d.mediationCase c" + JOINS + w.jpql()
                    + " order by d.dueDate, d.mediationCase.id, d.id", Object[].class);
            w.parameters().forEach(q::setParameter);
            for (Object[] r : q.setMaxResults(max).getResultList()) {
                out.add(warning(r, k, (LocalDate) r[10], (Boolean) r[11], ctx));
            }
        }
        return out;
    }

    /**
     * Effective agreements of settled, not entrusted cases whose window for a joint application for judicial
     * confirmation ends within the threshold, and no application was completed (none, or still gathering parties).
     */
    private Where window(Context ctx) {
        WarningRules.DateRange range = WarningRules.confirmationEffectiveRange(ctx.today(),
                ctx.horizon(WarningKind.CONFIRMATION_WINDOW), ctx.calendar());
        Map<String, Object> params = new HashMap<>(ctx.scope().parameters());
        params.put("effFrom", range.from());
        params.put("effTo", range.to());
        return new Where(" where (" + ctx.scope().condition() + ")"
                + " and a.status = org.sutiao.agreements.domain.AgreementStatus.EFFECTIVE"
                + " and a.effectiveOn >= :effFrom and a.effectiveOn <= :effTo"
                + " and c.status = org.sutiao.cases.domain.CaseStatus.SETTLED"
                + " and c.referralKind <> org.sutiao.cases.domain.ReferralKind.ENTRUSTED"
                + " and not exists (select j from JudicialConfirmation j where j.mediationCase = c"
                + " and j.status <> org.sutiao.confirmation.domain.ConfirmationStatus.JOINING)", params);
    }

    private List<Warning> windowRows(Context ctx, int max) {
        Where w = window(ctx);
        TypedQuery<Object[]> q = em.createQuery("select " + METADATA + ", a.effectiveOn"
                + " from Agreement a join a.mediationCase c" + JOINS + w.jpql() + " order by a.effectiveOn, c.id",
                Object[].class);
        w.parameters().forEach(q::setParameter);
        List<Warning> out = new ArrayList<>();
        for (Object[] r : q.setMaxResults(max).getResultList()) {
            DueDate end = MediationPeriod.confirmationWindowEnd((LocalDate) r[10], ctx.calendar());
            out.add(warning(r, WarningKind.CONFIRMATION_WINDOW, end.date(), end.provisional(), ctx));
        }
        return out;
    }

    /** In mediation (not suspended) for the threshold's days or more, and no session scheduled in as many days. */
    private Where stalled(Context ctx) {
        Instant cutoff = BusinessTime.endOf(WarningRules.stalledAcceptedBy(ctx.today(), ctx.days(WarningKind.STALLED)));
        Map<String, Object> params = new HashMap<>(ctx.scope().parameters());
        params.put("stalledStatus", CaseStatus.IN_MEDIATION);
        params.put("cutoff", cutoff);
        return new Where(" where (" + ctx.scope().condition() + ") and c.status = :stalledStatus"
                + " and c.acceptedAt < :cutoff and not exists (select s from MediationSession s"
                + " where s.mediationCase = c and s.scheduledAt >= :cutoff)", params);
    }

    private List<Warning> stalledRows(Context ctx, int max) {
        Where w = stalled(ctx);
        TypedQuery<Object[]> q = em.createQuery("select " + METADATA + ", c.acceptedAt from MediationCase c" + JOINS
                + w.jpql() + " order by c.acceptedAt, c.id", Object[].class);
        w.parameters().forEach(q::setParameter);
        List<Warning> out = new ArrayList<>();
        for (Object[] r : q.setMaxResults(max).getResultList()) {
            LocalDate due = WarningRules.stalledFrom(BusinessTime.dateOf((Instant) r[10]), ctx.days(WarningKind.STALLED));
            out.add(warning(r, WarningKind.STALLED, due, false, ctx));
        }
        return out;
    }

    /**
     * Counts the warnings of {@code kind} up to {@link #COUNT_CAP} + 1: at most that many ids of its own query, an
     * open deadline's from the index of its kind and the caller's scope key alone (V28_1).
     */
    private long count(Context ctx, WarningKind kind) {
        String from;
        Where w;
        if (kind.deadline() != null) {
            from = "select d.id from Deadline d"
                    + (ctx.scope().deadlineCondition() == null ? " join d.mediationCase c" : "");
            w = deadlines(ctx, List.of(kind));
        } else if (kind == WarningKind.CONFIRMATION_WINDOW) {
            from = "select a.id from Agreement a join a.mediationCase c";
            w = window(ctx);
        } else {
            from = "select c.id from MediationCase c";
            w = stalled(ctx);
        }
        TypedQuery<Long> q = em.createQuery(from + w.jpql(), Long.class);
        w.parameters().forEach(q::setParameter);
        return q.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    private static Warning warning(Object[] r, WarningKind kind, LocalDate due, boolean provisional, Context ctx) {
        return new Warning((Long) r[0], (String) r[1], kind, due,
                WarningRules.daysLeft(kind.unit(), due, ctx.today(), ctx.calendar()), kind.unit(), provisional,
                (CaseStatus) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9]);
    }
}
