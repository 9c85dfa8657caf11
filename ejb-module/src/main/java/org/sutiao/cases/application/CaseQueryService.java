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
    public static final Set<String> SORTABLE = Set.of("pushedAt", "acceptanceDueDate", "caseNumber", "status",
            "mediationDueDate", "courtCaseNumber");

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
     * A page of the cases the caller may see.
     *
     * @param sortField one of pushedAt, acceptanceDueDate, caseNumber, status, mediationDueDate, courtCaseNumber
     *                  (anything else sorts by push time, newest first)
     */
    public Page<CaseSummary> search(CaseFilter filter, int first, int size, String sortField, boolean ascending) {
        Query q = query(filter);
        String order = sortField != null && SORTABLE.contains(sortField)
                ? " order by c." + sortField + (ascending ? " asc" : " desc") + ", c.id"
                : " order by c.pushedAt desc, c.id desc";
        TypedQuery<Long> count = em.createQuery("select count(c) from MediationCase c" + q.where(), Long.class);
        q.parameters().forEach(count::setParameter);
        WorkingDayCalendar cal = calendar.current();
        LocalDate today = BusinessTime.dateOf(clock.instant());
        List<CaseSummary> list = rows(q, order, first, size).stream().map(c -> summary(c, cal, today)).toList();
        return new Page<>(list, count.getSingleResult(), first, size);
    }

    /** A JPQL condition on {@code c} (the caller's scope and the filter) with its parameters. */
    private record Query(String where, Map<String, Object> parameters) {
    }

    private Query query(CaseFilter filter) {
        CaseScope scope = CaseScope.of(caller());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" where (").append(scope.condition()).append(")");
        CaseFilter f = filter == null ? CaseFilter.NONE : filter;
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and c.referralKind = :kind");
            params.put("kind", f.kind());
        }
        if (f.courtCode() != null && !f.courtCode().isBlank()) {
            where.append(" and c.referringCourt.code = :court");
            params.put("court", f.courtCode().strip());
        }
        if (f.centerCode() != null && !f.centerCode().isBlank()) {
            where.append(" and c.center.code = :center");
            params.put("center", f.centerCode().strip());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (c.caseNumber like :text escape '!' or c.courtCaseNumber like :text escape '!')");
            params.put("text", "%" + f.text().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
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

    private List<MediationCase> rows(Query q, String order, int first, int size) {
        TypedQuery<MediationCase> rows = em.createQuery("select c from MediationCase c" + q.where() + order,
                MediationCase.class);
        q.parameters().forEach(rows::setParameter);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
    }

    /**
     * The center's inbox: its cases pending acceptance, soonest due first, with working days left.
     */
    @RolesAllowed(org.sutiao.identity.domain.Role.CENTER)
    public List<CaseSummary> centerInbox() {
        return pending(null);
    }

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
        Caller caller = caller();
        List<MediationCase> cases = new ArrayList<>();
        switch (caller.role()) {
            case CENTER_ADMIN -> {
                cases.addAll(cases(CaseStatus.PENDING_ACCEPTANCE, null, "acceptanceDueDate"));
                cases.addAll(cases(CaseStatus.IN_MEDIATION, null, "mediationDueDate"));
            }
            case COURT_CLERK, COURT_SYSTEM -> {
                cases.addAll(cases(CaseStatus.DECLINED, null, "acceptanceDueDate"));
                cases.addAll(cases(CaseStatus.PENDING_ACCEPTANCE, Boolean.TRUE, "acceptanceDueDate"));
                cases.addAll(cases(CaseStatus.FAILED, null, "mediationDueDate"));
                cases.addAll(cases(CaseStatus.SETTLED, null, "mediationDueDate"));
            }
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
        WorkingDayCalendar cal = calendar.current();
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        Map<Long, InboxActions.Records> records = records(cases, cal);
        List<InboxItem> items = new ArrayList<>();
        for (MediationCase c : cases) {
            InboxActions.Records r = records.getOrDefault(c.id(), InboxActions.Records.NONE);
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
        items.sort(Comparator.comparing(InboxItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private static List<InboxAction> partyActions(MediationCase c, Caller caller, InboxActions.Records r,
                                                  LocalDate today) {
        Party party;
        try {
            party = Participants.party(c, caller);
        } catch (NotFoundException e) {
            return List.of();
        }
        return InboxActions.forParty(c, party, r, today);
    }

    private List<MediationCase> cases(CaseStatus status, Boolean overdue, String sort) {
        return rows(query(new CaseFilter(status, null, null, null, null, null, null, overdue)),
                " order by c." + sort + " asc, c.id", 0, 200);
    }

    private List<CaseSummary> pending(Boolean overdue) {
        return search(new CaseFilter(CaseStatus.PENDING_ACCEPTANCE, null, null, null, null, null, null, overdue),
                0, 200, "acceptanceDueDate", true).rows();
    }

    /** The records the inbox decision reads, for all the cases at once (one query per kind of record). */
    private Map<Long, InboxActions.Records> records(List<MediationCase> cases, WorkingDayCalendar cal) {
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
        Map<Long, InboxActions.Records> out = new HashMap<>();
        for (Long id : ids) {
            Agreement a = agreements.get(id);
            LocalDate applyBy = a == null || a.effectiveOn() == null ? null
                    : MediationPeriod.confirmationWindowEnd(a.effectiveOn(), cal).date();
            out.put(id, new InboxActions.Records(disclosures.get(id), extensions.get(id), reports.get(id),
                    reportDue.get(id), a, signatures.getOrDefault(id, List.of()), confirmations.get(id),
                    documents.get(id), applyBy));
        }
        return out;
    }

    private List<Object[]> byCase(String jpql, Set<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
    }

    /**
     * The case with its timeline; audited.
     *
     * @throws NotFoundException when it does not exist or lies outside the caller's scope
     */
    public CaseDetail detail(Long caseId) {
        CaseRead read = access.read(caller(), caseId, CasePart.DETAIL);
        MediationCase c = read.mediationCase();
        return CaseViews.detail(c, read.full(), summary(c, calendar.current(), BusinessTime.dateOf(clock.instant())),
                read.full() ? invitations.states(c) : java.util.Map.of(),
                read.grant() == null ? null : read.grant().expiresAt());
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
        return CaseViews.summary(c, c.status() == CaseStatus.PENDING_ACCEPTANCE && c.acceptanceDueDate() != null
                ? Math.max(0, cal.workingDaysBetween(today, c.acceptanceDueDate())) : null, today);
    }
}
