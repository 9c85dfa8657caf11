package org.sutiao.cases.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Disclosure;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.FailureReport;
import org.sutiao.cases.domain.InboxAction;
import org.sutiao.cases.domain.Material;
import org.sutiao.cases.domain.MaterialContent;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.cases.domain.Party;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading cases within the caller's {@link CaseScope}: lists (database-side paging and counting), the detail with
 * its timeline, material downloads. A case outside the scope is reported as not found. Every detail or material
 * read goes through {@link CaseAccess} (visibility by {@link CaseReadPolicy}, audited).
 */
@Stateless
@Audited
@PermitAll
public class CaseQueryService {
    /** The fields a case list may be sorted by. */
    public static final Set<String> SORTABLE = java.util.Arrays.stream(CaseSort.values()).map(CaseSort::field)
            .collect(Collectors.toUnmodifiableSet());
    /** A list counts its rows up to this many; past it the total says "at least" (issue 10 §2: no exact count). */
    public static final int COUNT_CAP = 1_000;
    /** Most party-name matches a text search resolves to case ids before it falls back to a subquery. */
    static final int PARTY_MATCH_CAP = 5_000;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    PartyInvitations invitations;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    CalendarService calendar;
    @Inject
    CaseAccess access;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * A page of the cases the caller may see, by offset, counted (up to {@link #COUNT_CAP}).
     *
     * @param sortField one of pushedAt, acceptanceDueDate, caseNumber, status, mediationDueDate, courtCaseNumber
     *                  (anything else sorts by push time, newest first)
     */
    public Page<CaseSummary> search(CaseFilter filter, int first, int size, String sortField, boolean ascending) {
        return search(filter, null, first, size, sortField, ascending);
    }

    /**
     * A page of the cases the caller may see (issue 10 §3): after the cursor {@code after} when given (keyset
     * paging: rows inserted meanwhile neither shift nor repeat the following pages; not counted again), else from
     * the offset {@code first} (counted up to {@link #COUNT_CAP}). Rows are projections read by one query.
     *
     * @param after     a {@link Page#next()} of the same filter and sort, or null
     * @param sortField see {@link #search(CaseFilter, int, int, String, boolean)}
     * @throws org.sutiao.shared.domain.InvalidInputException on {@code after} when the cursor is malformed or was
     *                                                        made for another sort
     */
    public Page<CaseSummary> search(CaseFilter filter, String after, int first, int size, String sortField,
                                    boolean ascending) {
        CaseSort sort = CaseSort.of(sortField);
        int n = Math.min(Math.max(1, size), 200);
        Query q = query(filter);
        CaseCursor cursor = after == null || after.isBlank() ? null : CaseCursor.decode(after.strip(), sort, ascending);
        WorkingDayCalendar cal = calendar.current();
        LocalDate today = BusinessTime.dateOf(clock.instant());
        List<CaseSummary> rows = new ArrayList<>(n + 1);
        for (Query segment : CaseKeyset.segments(q, sort, ascending, cursor)) {
            rows.addAll(rows(segment, cursor == null ? Math.max(0, first) : 0, n + 1 - rows.size(), cal, today));
            if (rows.size() > n) {
                break;
            }
        }
        String next = null;
        if (rows.size() > n) {
            rows = rows.subList(0, n);
            CaseSummary last = rows.get(n - 1);
            next = new CaseCursor(sort.field(), ascending, sort.valueOf(last), last.id()).encode();
        }
        long total = -1;
        boolean exact = true;
        if (cursor == null) {
            // a page that ends the list gives the count itself; else up to COUNT_CAP + 1 rows are counted
            total = next == null && (first <= 0 || !rows.isEmpty()) ? Math.max(0, first) + rows.size() : count(q);
            exact = total <= COUNT_CAP;
            total = Math.min(total, COUNT_CAP);
        }
        return new Page<>(List.copyOf(rows), total, exact, cursor == null ? first : 0, n, next);
    }

    /**
     * The rows of a page by offset, not counted (a lazy table counts once with {@link #count(CaseFilter)}).
     *
     * @param sortField see {@link #search(CaseFilter, int, int, String, boolean)}
     */
    public List<CaseSummary> list(CaseFilter filter, int first, int size, String sortField, boolean ascending) {
        CaseSort sort = CaseSort.of(sortField);
        Query q = CaseKeyset.segments(query(filter), sort, ascending, null).get(0);
        return rows(q, Math.max(0, first), Math.min(Math.max(1, size), 200), calendar.current(),
                BusinessTime.dateOf(clock.instant()));
    }

    /** The number of cases the caller may see under {@code filter}, up to {@link #COUNT_CAP} + 1. */
    public long count(CaseFilter filter) {
        return count(query(filter));
    }

    private long count(Query q) {
        return count(q, COUNT_CAP + 1);
    }

    /**
     * Counts up to {@code cap} rows: whether the {@code cap}-th row exists (the database steps over the rows before
     * it without returning them), and when it does not, the exact count; without a cap (or below it) by a count of
     * a column an index holds ({@code count(c.status)}: PostgreSQL counts from the index alone).
     */
    private long count(Query q, long cap) {
        if (cap == Long.MAX_VALUE) {
            TypedQuery<Long> count = em.createQuery("select count(c.status) from MediationCase c" + q.where(),
                    Long.class);
            q.parameters().forEach(count::setParameter);
            return count.getSingleResult();
        }
        // whether a row lies at the cap (one row read back, not a thousand ids), and only if not how many there are
        TypedQuery<Long> probe = em.createQuery("select c.id from MediationCase c" + q.where(), Long.class);
        q.parameters().forEach(probe::setParameter);
        if (!probe.setFirstResult((int) cap - 1).setMaxResults(1).getResultList().isEmpty()) {
            return cap;
        }
        return count(q, Long.MAX_VALUE);
    }

    /** A JPQL condition on {@code c} (the caller's scope and the filter) with its parameters, and an order. */
    record Query(String where, Map<String, Object> parameters, String order) {
        Query(String where, Map<String, Object> parameters) {
            this(where, parameters, null);
        }
    }

    private Query query(CaseFilter filter) {
        CaseFilter f = filter == null ? CaseFilter.NONE : filter;
        CaseScope scope = CaseScope.of(caller());
        if (f.former()) {
            // the branch of the cases the center declined or let lapse: its own condition, not an OR with its cases
            // (each served by its own index), read-only and metadata only; nothing for a role that keeps none
            scope = scope.former() == null ? new CaseScope("c.id is null", Map.of(), false) : scope.former();
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where (").append(scope.condition()).append(")");
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and c.referralKind = :kind");
            params.put("kind", f.kind());
        }
        if (f.courtCode() != null && !f.courtCode().isBlank()) {
            where.append(" and c.referringCourtId = (select fk.id from Court fk where fk.code = :court)");
            params.put("court", f.courtCode().strip());
        }
        if (f.centerCode() != null && !f.centerCode().isBlank()) {
            where.append(" and c.centerId = (select fn.id from MediationCenter fn where fn.code = :center)");
            params.put("center", f.centerCode().strip());
        }
        if (f.mediatorCode() != null && !f.mediatorCode().isBlank()) {
            // resolved to the id first: the condition is then c.mediatorId = :n, an index range on (mediator_id,
            // pushed_at, id) for the list's order; an unknown code matches no case (-1 is no id)
            Long mediator = em.createQuery("select m.id from Mediator m where m.code = :code", Long.class)
                    .setParameter("code", f.mediatorCode().strip()).getResultStream().findFirst().orElse(-1L);
            where.append(" and c.mediatorId = :mediatorFilter");
            params.put("mediatorFilter", mediator);
        }
        if (f.text() != null && !f.text().isBlank()) {
            text(f.text().strip(), scope.fullDetail(), where, params);
        }
        if (f.pushedFrom() != null) {
            where.append(" and c.pushedAt >= :from");
            params.put("from", BusinessTime.startOf(f.pushedFrom()));
        }
        if (f.pushedTo() != null) {
            where.append(" and c.pushedAt < :to");
            params.put("to", BusinessTime.endOf(f.pushedTo()));
        }
        if (f.overdue() != null) {
            // the lapse rule of MediationCase.acceptanceLapsed, as a bound on the due date
            where.append(f.overdue()
                    ? " and c.status = :lapsePending and c.acceptanceDueDate < :lapsedBefore"
                    : " and (c.status <> :lapsePending or c.acceptanceDueDate is null"
                    + " or c.acceptanceDueDate >= :lapsedBefore)");
            params.put("lapsePending", CaseStatus.PENDING_ACCEPTANCE);
            params.put("lapsedBefore", MediationCase.lapsedBefore(clock.instant()));
        }
        return new Query(where.toString(), params);
    }

    /**
     * The text search: part of our case number or the court's, of the referring court's or the center's name, and
     * for readers of full detail part of a party's name (a metadata-only reader must not learn who has a case,
     * notice §2(1)). Court, center and party matches are resolved to ids first, so that each branch is served by an
     * index (trigram indexes on PostgreSQL, V19).
     */
    private void text(String text, boolean fullDetail, StringBuilder where, Map<String, Object> params) {
        String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        params.put("text", like);
        where.append(" and (c.caseNumber like :text escape '!' or c.courtCaseNumber like :text escape '!'");
        List<Long> courts = em.createQuery("select k.id from Court k where k.name like :text escape '!'", Long.class)
                .setParameter("text", like).getResultList();
        if (!courts.isEmpty()) {
            where.append(" or coalesce(c.referringCourtId, c.confirmationCourtId) in :textCourts");
            params.put("textCourts", courts);
        }
        List<Long> centers = em.createQuery("select n.id from MediationCenter n where n.name like :text escape '!'",
                Long.class).setParameter("text", like).getResultList();
        if (!centers.isEmpty()) {
            where.append(" or c.centerId in :textCenters");
            params.put("textCenters", centers);
        }
        if (fullDetail) {
            List<Long> cases = em.createQuery("select distinct p.mediationCase.id from Party p"
                            + " where p.name like :text escape '!'", Long.class)
                    .setParameter("text", like).setMaxResults(PARTY_MATCH_CAP + 1).getResultList();
            if (cases.size() > PARTY_MATCH_CAP) {
                where.append(" or c.id in (select tp.mediationCase.id from Party tp where tp.name like :text escape '!')");
            } else if (!cases.isEmpty()) {
                where.append(" or c.id in :textCases");
                params.put("textCases", cases);
            }
        }
        where.append(")");
    }

    /** The rows of one query as summaries, read as one projection (no entity graph, no per-row loading). */
    private List<CaseSummary> rows(Query q, int first, int max, WorkingDayCalendar cal, LocalDate today) {
        TypedQuery<Object[]> rows = em.createQuery("select " + CaseRows.COLUMNS + " from MediationCase c"
                + CaseRows.JOINS + q.where() + q.order(), Object[].class);
        q.parameters().forEach(rows::setParameter);
        List<Object[]> result = rows.setFirstResult(first).setMaxResults(max).getResultList();
        List<CaseSummary> out = new ArrayList<>(result.size());
        for (Object[] r : result) {
            out.add(CaseRows.summary(r, cal, today));
        }
        return out;
    }


    /**
     * The applicants' and respondents' names of the given cases, by case id: one query for a page of a list (no
     * per-row loading), served by the party index on the case. Only cases in the caller's scope, and only for a
     * reader of full detail (a metadata-only reader must not learn who has a case, notice §2(1)); the others are
     * absent from the map.
     *
     * @param caseIds at most a page of ids (≤ 200)
     */
    public Map<Long, CaseParties> partyNames(java.util.Collection<Long> caseIds) {
        CaseScope scope = CaseScope.of(caller());
        if (caseIds == null || caseIds.isEmpty() || !scope.fullDetail()) {
            return Map.of();
        }
        TypedQuery<Object[]> q = em.createQuery("select c.id, pn.role, pn.name from Party pn join pn.mediationCase c"
                + " where c.id in :ids and (" + scope.condition() + ") order by pn.id", Object[].class);
        scope.parameters().forEach(q::setParameter);
        Map<Long, List<String>> applicants = new HashMap<>();
        Map<Long, List<String>> respondents = new HashMap<>();
        for (Object[] r : q.setParameter("ids", List.copyOf(caseIds)).getResultList()) {
            Map<Long, List<String>> side = r[1] == org.sutiao.cases.domain.PartyRole.APPLICANT ? applicants
                    : r[1] == org.sutiao.cases.domain.PartyRole.RESPONDENT ? respondents : null;
            if (side != null) {
                side.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[2]);
            }
        }
        Map<Long, CaseParties> out = new HashMap<>();
        for (Long id : caseIds) {
            if (applicants.containsKey(id) || respondents.containsKey(id)) {
                out.put(id, new CaseParties(List.copyOf(applicants.getOrDefault(id, List.of())),
                        List.copyOf(respondents.getOrDefault(id, List.of()))));
            }
        }
        return out;
    }

    /** The courts a case list may be filtered by (public reference data), by code. */
    public List<OrgOption> courtOptions() {
        return em.createNamedQuery("Court.all", org.sutiao.directory.domain.Court.class).getResultStream()
                .map(k -> new OrgOption(k.code(), k.name(), k.shortName())).toList();
    }

    /** The mediation centers a case list may be filtered by (public reference data), by code. */
    public List<OrgOption> centerOptions() {
        return em.createNamedQuery("MediationCenter.all", org.sutiao.roster.domain.MediationCenter.class)
                .getResultStream().map(n -> new OrgOption(n.code(), n.name(), n.shortName())).toList();
    }

    /** A page of the center's inbox: its cases pending acceptance, soonest due first. */
    @RolesAllowed(org.sutiao.identity.domain.Role.CENTER)
    public List<CaseSummary> centerInbox(int first, int size) {
        return list(PENDING, first, size, "acceptanceDueDate", true);
    }

    /** The number of cases in the center's inbox, up to {@link #COUNT_CAP} + 1. */
    @RolesAllowed(org.sutiao.identity.domain.Role.CENTER)
    public long centerInboxCount() {
        return count(PENDING);
    }

    private static final CaseFilter PENDING = new CaseFilter(CaseStatus.PENDING_ACCEPTANCE, null, null, null, null,
            null, null, null);

    /**
     * What waits for the caller's action, soonest deadline first (items without a deadline last), each with the
     * action ({@link InboxActions}): for a center, its referrals pending acceptance; for a court, its referrals
     * declined or whose acceptance period lapsed, failure reports to acknowledge, confirmations to rule on and
     * mediation documents to issue; for a mediator, disclosures, sessions, suspensions to end, signatures and
     * failure reports; for a party, disclosures to answer, extensions to consent to, signatures, confirmation, the
     * mediation document and its receipt. Cases where nothing waits for the caller are left out; a case may give
     * more than one item.
     */
    public List<InboxItem> inbox() {
        return inbox(0, Integer.MAX_VALUE).rows();
    }

    /**
     * One page of {@link #inbox()}, counted: every item of the caller is considered (no cap), sorted soonest due
     * first, then {@code size} items from {@code first}.
     *
     * @param first offset of the first item (0-based)
     * @param size  most items returned
     */
    public Page<InboxItem> inbox(int first, int size) {
        Caller caller = caller();
        int from = Math.max(0, first);
        int n = Math.max(1, size);
        WorkingDayCalendar cal = calendar.current();
        Query byStatus = decidedByStatus(caller);
        List<InboxItem> merged = new ArrayList<>(recordItems(caller, cal));
        long total = merged.size();
        if (byStatus != null) {
            total += count(byStatus, Long.MAX_VALUE);
            long upTo = Math.min(Integer.MAX_VALUE, (long) from + n);
            InboxAction action = CaseActions.waitingByStatusAction(caller.role());
            LocalDate today = BusinessTime.dateOf(clock.instant());
            for (CaseSummary c : rows(CaseKeyset.segments(byStatus, CaseSort.ACCEPTANCE_DUE_DATE, true, null).get(0),
                    0, (int) upTo, cal, today)) {
                LocalDate due = c.acceptanceDueDate();
                merged.add(new InboxItem(c, action, due, due != null && !cal.isPublished(due.getYear())));
            }
        }
        merged.sort(INBOX_ORDER);
        int to = (int) Math.min(merged.size(), (long) from + n);
        return new Page<>(List.copyOf(merged.subList(Math.min(from, to), to)), total, true, from, n, null);
    }

    /**
     * The center's inbox items other than referrals to accept or decline (its acceptance table lists those): the
     * agreements waiting for its seal.
     */
    @RolesAllowed(org.sutiao.identity.domain.Role.CENTER)
    public List<InboxItem> inboxBeyondAcceptance() {
        List<InboxItem> items = new ArrayList<>(recordItems(caller(), calendar.current()));
        items.sort(INBOX_ORDER);
        return items;
    }

    /** Soonest due first (no due date last), then by case and action: one order for every page. */
    private static final Comparator<InboxItem> INBOX_ORDER = Comparator.comparing(InboxItem::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i.summary().id())
            .thenComparing(InboxItem::action);

    /**
     * The inbox items that the case's status alone decides, as one indexed query on the cases (issue 10: a center's
     * thousands of pending referrals are not loaded to be listed): the statuses of
     * {@link CaseActions#waitingByStatus} (ACCEPT_OR_DECLINE for the center's pending cases, REFER_AGAIN for the
     * court's declined ones) and, for a court, every pending case whose period lapsed
     * ({@link MediationCase#acceptanceLapsed}), whatever their records; null for roles without such items.
     */
    private Query decidedByStatus(Caller caller) {
        java.util.Set<CaseStatus> statuses = CaseActions.waitingByStatus(caller.role());
        if (statuses.isEmpty()) {
            return null;
        }
        Query scope = query(CaseFilter.NONE);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("waiting", statuses);
        if (!CaseActions.lapsedPendingWaits(caller.role())) {
            return new Query(scope.where() + " and c.status in :waiting", params);
        }
        params.put("pending", CaseStatus.PENDING_ACCEPTANCE);
        params.put("lapsedBefore", MediationCase.lapsedBefore(clock.instant()));
        return new Query(scope.where() + " and (c.status in :waiting or (c.status = :pending"
                + " and c.acceptanceDueDate < :lapsedBefore))", params);
    }

    /**
     * The inbox items that depend on the case's records, decided by {@link InboxActions} on the entities: for a
     * center and a court only the cases whose records can give one (an agreement being signed; an unacknowledged
     * failure report, a confirmation under review, a requested mediation document), for a mediator or a party every
     * open case of their scope.
     */
    private List<InboxItem> recordItems(Caller caller, WorkingDayCalendar cal) {
        List<MediationCase> cases = new ArrayList<>();
        switch (caller.role()) {
            case CENTER_ADMIN -> cases.addAll(cases(" and c.status = org.sutiao.cases.domain.CaseStatus.IN_MEDIATION"
                    + " and exists (select a from Agreement a where a.mediationCase = c"
                    + " and a.status = org.sutiao.agreements.domain.AgreementStatus.SIGNING)"));
            case COURT_CLERK, COURT_SYSTEM -> cases.addAll(cases(" and c.status in"
                    + " (org.sutiao.cases.domain.CaseStatus.FAILED, org.sutiao.cases.domain.CaseStatus.SETTLED)"
                    + " and (exists (select r from FailureReport r where r.mediationCase = c and r.acknowledgedAt is null)"
                    + " or exists (select j from JudicialConfirmation j where j.mediationCase = c and j.status in"
                    + " (org.sutiao.confirmation.domain.ConfirmationStatus.UNDER_REVIEW,"
                    + " org.sutiao.confirmation.domain.ConfirmationStatus.SUPPLEMENT_REQUESTED))"
                    + " or exists (select d from MediationDocument d where d.mediationCase = c and d.status = 'REQUESTED'))"));
            case MEDIATOR, PARTY -> {
                if (caller.role() == org.sutiao.identity.domain.Role.PARTY) {
                    cases.addAll(cases(CaseStatus.PENDING_CONSENT, null, "acceptanceDueDate"));
                    cases.addAll(cases(CaseStatus.FAILED, null, "mediationDueDate"));
                }
                cases.addAll(cases(CaseStatus.IN_MEDIATION, null, "mediationDueDate"));
                cases.addAll(cases(CaseStatus.SUSPENDED, null, "mediationDueDate"));
                if (caller.role() == org.sutiao.identity.domain.Role.MEDIATOR) {
                    cases.addAll(cases(CaseStatus.FAILED, null, "mediationDueDate"));
                }
                cases.addAll(cases(CaseStatus.SETTLED, null, "mediationDueDate"));
            }
            default -> {
                return List.of();
            }
        }
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        Map<Long, CaseActions.Records> records = records(cases, cal);
        List<InboxItem> items = new ArrayList<>();
        for (MediationCase c : cases) {
            CaseActions.Records r = records.getOrDefault(c.id(), CaseActions.Records.NONE);
            List<InboxAction> actions = switch (caller.role()) {
                case CENTER_ADMIN -> InboxActions.forCenter(c, r);
                case COURT_CLERK, COURT_SYSTEM -> InboxActions.forCourt(c, r, now);
                case MEDIATOR -> InboxActions.forMediator(c, r);
                case PARTY -> partyActions(c, caller, r, today);
                default -> List.of();
            };
            if (!actions.isEmpty()) {
                CaseSummary summary = summary(c, cal, today);
                actions.forEach(a -> {
                    LocalDate due = InboxActions.dueDate(a, c, r);
                    items.add(new InboxItem(summary, a, due, due != null && !cal.isPublished(due.getYear())));
                });
            }
        }
        return items;
    }

    private static List<InboxAction> partyActions(MediationCase c, Caller caller, CaseActions.Records r,
                                                  LocalDate today) {
        Party party;
        try {
            party = Participants.party(c, caller);
        } catch (NotFoundException e) {
            return List.of();
        }
        return InboxActions.forParty(c, party, r, today);
    }

    /** Every case of the caller's scope meeting {@code condition} (a JPQL condition on {@code c}, and-ed). */
    private List<MediationCase> cases(String condition) {
        Query q = query(CaseFilter.NONE);
        TypedQuery<MediationCase> rows = em.createQuery("select c from MediationCase c" + q.where() + condition
                + " order by c.id", MediationCase.class);
        q.parameters().forEach(rows::setParameter);
        return rows.getResultList();
    }

    /** Every case of the caller's scope in {@code status} (no cap: the inbox is complete), soonest {@code sort} first. */
    private List<MediationCase> cases(CaseStatus status, Boolean overdue, String sort) {
        Query q = query(new CaseFilter(status, null, null, null, null, null, null, overdue));
        TypedQuery<MediationCase> rows = em.createQuery("select c from MediationCase c" + q.where()
                + " order by c." + sort + " asc, c.id", MediationCase.class);
        q.parameters().forEach(rows::setParameter);
        return rows.getResultList();
    }

    /** The records the inbox decision reads, for all the cases at once (one query per kind of record). */
    private Map<Long, CaseActions.Records> records(List<MediationCase> cases, WorkingDayCalendar cal) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = cases.stream().map(MediationCase::id).collect(Collectors.toSet());
        Map<Long, Disclosure> disclosures = new HashMap<>();
        for (Object[] row : byCase("select d.mediationCase.id, d from Disclosure d where d.mediationCase.id in :ids"
                + " order by d.declaredAt desc, d.id desc", ids)) {
            disclosures.putIfAbsent((Long) row[0], (Disclosure) row[1]);
        }
        Map<Long, Extension> extensions = new HashMap<>();
        for (Object[] row : byCase("select e.mediationCase.id, e from Extension e where e.mediationCase.id in :ids"
                + " and e.status = org.sutiao.cases.domain.ExtensionStatus.PROPOSED", ids)) {
            extensions.putIfAbsent((Long) row[0], (Extension) row[1]);
        }
        Map<Long, FailureReport> reports = new HashMap<>();
        for (Object[] row : byCase("select r.mediationCase.id, r from FailureReport r where r.mediationCase.id in :ids",
                ids)) {
            reports.put((Long) row[0], (FailureReport) row[1]);
        }
        Map<Long, LocalDate> reportDue = new HashMap<>();
        for (Object[] row : byCase("select d.mediationCase.id, d.dueDate from Deadline d where d.mediationCase.id in :ids"
                + " and d.kind = org.sutiao.cases.domain.DeadlineKind.FAILURE_REPORT"
                + " and d.state = org.sutiao.cases.domain.DeadlineState.OPEN", ids)) {
            reportDue.merge((Long) row[0], (LocalDate) row[1], (x, y) -> x.isBefore(y) ? x : y);
        }
        Map<Long, Agreement> agreements = new HashMap<>();
        for (Object[] row : byCase("select a.mediationCase.id, a from Agreement a where a.mediationCase.id in :ids",
                ids)) {
            agreements.put((Long) row[0], (Agreement) row[1]);
        }
        Map<Long, List<AgreementSignature>> signatures = new HashMap<>();
        for (Object[] row : byCase("select s.agreement.mediationCase.id, s from AgreementSignature s"
                + " where s.agreement.mediationCase.id in :ids order by s.signedAt, s.id", ids)) {
            signatures.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((AgreementSignature) row[1]);
        }
        Map<Long, JudicialConfirmation> confirmations = new HashMap<>();
        for (Object[] row : byCase("select j.mediationCase.id, j from JudicialConfirmation j"
                + " where j.mediationCase.id in :ids", ids)) {
            confirmations.put((Long) row[0], (JudicialConfirmation) row[1]);
        }
        Map<Long, MediationDocument> documents = new HashMap<>();
        for (Object[] row : byCase("select d.mediationCase.id, d from MediationDocument d"
                + " where d.mediationCase.id in :ids", ids)) {
            documents.put((Long) row[0], (MediationDocument) row[1]);
        }
        Map<Long, Set<Long>> ratedBy = new HashMap<>();
        for (Object[] row : byCase("select s.caseId, s.partyId from SatisfactionRating s where s.caseId in :ids",
                ids)) {
            ratedBy.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        Map<Long, CaseActions.Records> out = new HashMap<>();
        for (Long id : ids) {
            Agreement a = agreements.get(id);
            LocalDate applyBy = a == null || a.effectiveOn() == null ? null
                    : MediationPeriod.confirmationWindowEnd(a.effectiveOn(), cal).date();
            out.put(id, new CaseActions.Records(disclosures.get(id), extensions.get(id), reports.get(id),
                    reportDue.get(id), a, signatures.getOrDefault(id, List.of()), confirmations.get(id),
                    documents.get(id), applyBy, ratedBy.getOrDefault(id, Set.of())));
        }
        return out;
    }

    /** The rows of {@code jpql} for the cases {@code ids}, queried in chunks (an IN list stays bounded). */
    private List<Object[]> byCase(String jpql, Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.addAll(em.createQuery(jpql, Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_CHUNK))).getResultList());
        }
        return out;
    }

    /** Most ids bound in one IN list. */
    private static final int IN_CHUNK = 1_000;

    /**
     * The case with its timeline; audited.
     *
     * @throws NotFoundException when it does not exist or lies outside the caller's scope
     */
    public CaseDetail detail(Long caseId) {
        Caller caller = caller();
        CaseRead read = access.read(caller, caseId, CasePart.DETAIL);
        MediationCase c = read.mediationCase();
        WorkingDayCalendar cal = calendar.current();
        Instant now = clock.instant();
        boolean ownOffers = read.visibility() == CaseReadPolicy.Visibility.OWN_OFFERS;
        // a case this request has just created (a referral's answer) has no records yet: eight queries saved; a
        // former center has no action to be decided from them
        CaseActions.Records r = ownOffers || access.createdNow(caller, c.id()) ? CaseActions.Records.NONE
                : records(List.of(c), cal).getOrDefault(c.id(), CaseActions.Records.NONE);
        Party own = null;
        if (caller.role() == org.sutiao.identity.domain.Role.PARTY) {
            own = c.parties().stream().filter(p -> p.isActedForBy(caller.partyIdentity())).findFirst().orElse(null);
        }
        List<CaseDetail.ActionView> actions = ownOffers ? List.of() : CaseActions.actions(c,
                new CaseActions.Viewer(caller.role(), own, read.full()), r, now).stream()
                .map(a -> new CaseDetail.ActionView(a, CaseActions.dueDate(a, c, r))).toList();
        return CaseViews.detail(c, read.visibility(), caller.orgCode(), summary(c, cal, BusinessTime.dateOf(now)),
                read.full() ? invitations.states(c) : java.util.Map.of(),
                read.grant() == null ? null : read.grant().expiresAt(), actions);
    }

    /**
     * A material's metadata and bytes; audited.
     *
     * @throws NotFoundException  when the case or material is outside the caller's scope
     * @throws org.sutiao.shared.domain.ForbiddenException when the caller reads the case's metadata only
     */
    public MaterialDownload material(Long caseId, Long materialId) {
        MediationCase c = access.read(caller(), caseId, CasePart.MATERIAL, "material " + materialId).mediationCase();
        Material m = em.find(Material.class, materialId);
        if (m == null || !m.mediationCase().id().equals(c.id())) {
            throw new NotFoundException("material.notFound", materialId);
        }
        byte[] bytes = em.createNamedQuery("MaterialContent.byMaterial", MaterialContent.class)
                .setParameter("materialId", materialId).getSingleResult().content();
        return new MaterialDownload(m.fileName(), m.contentType(), m.sha256(), bytes);
    }

    /** A downloaded material: its original name, type, hash and bytes. */
    public record MaterialDownload(String fileName, String contentType, String sha256, byte[] content) {
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }

    static CaseSummary summary(MediationCase c, WorkingDayCalendar cal, LocalDate today) {
        return CaseViews.summary(c, CaseViews.workingDaysLeft(c.status(), c.acceptanceDueDate(), cal, today), today);
    }
}
