package org.sutiao.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Material;
import org.sutiao.cases.domain.MaterialContent;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading cases within the caller's {@link CaseScope}: lists (database-side paging and counting), the detail with
 * its timeline, material downloads. A case outside the scope is reported as not found. Every detail or material
 * read is written to the audit log.
 */
@Stateless
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
    AuditLog audit;
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
            where.append(" and c.acceptanceOverdue = :overdue");
            params.put("overdue", f.overdue());
        }
        String order = sortField != null && SORTABLE.contains(sortField)
                ? " order by c." + sortField + (ascending ? " asc" : " desc") + ", c.id"
                : " order by c.pushedAt desc, c.id desc";
        TypedQuery<Long> count = em.createQuery("select count(c) from MediationCase c" + where, Long.class);
        TypedQuery<MediationCase> rows = em.createQuery("select c from MediationCase c" + where + order,
                MediationCase.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        WorkingDayCalendar cal = calendar.current();
        LocalDate today = BusinessTime.dateOf(clock.instant());
        List<CaseSummary> list = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200))
                .getResultList().stream().map(c -> summary(c, cal, today)).toList();
        return new Page<>(list, count.getSingleResult(), first, size);
    }

    /**
     * The center's inbox: its cases pending acceptance, soonest due first, with working days left.
     */
    @RolesAllowed(org.sutiao.identity.domain.Role.CENTER)
    public List<CaseSummary> centerInbox() {
        return pending(null);
    }

    /**
     * What waits for the caller's action, soonest deadline first: for a center, its referrals pending acceptance;
     * for a court, its referrals that were declined or whose acceptance period lapsed (to be referred again), failed
     * mediations whose report is to be acknowledged, and settled cases (a confirmation to rule on, a mediation
     * document to issue); for a mediator, the cases in mediation or suspended (by the period's due date) and failed
     * ones awaiting the report; for a party, its cases in mediation, suspended or settled (disclosures, extensions,
     * signatures, confirmation).
     */
    public List<CaseSummary> inbox() {
        Caller caller = caller();
        return switch (caller.role()) {
            case CENTER_ADMIN -> pending(null);
            case COURT_CLERK, COURT_SYSTEM -> {
                List<CaseSummary> items = new ArrayList<>(byStatus(CaseStatus.DECLINED, "acceptanceDueDate"));
                items.addAll(pending(Boolean.TRUE));
                items.sort(Comparator.comparing(CaseSummary::acceptanceDueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())));
                List<CaseSummary> outcomes = new ArrayList<>(byStatus(CaseStatus.FAILED, "mediationDueDate"));
                outcomes.addAll(byStatus(CaseStatus.SETTLED, "mediationDueDate"));
                outcomes.sort(BY_MEDIATION_DUE);
                items.addAll(outcomes);
                yield items;
            }
            case MEDIATOR, PARTY -> {
                List<CaseSummary> items = new ArrayList<>(byStatus(CaseStatus.IN_MEDIATION, "mediationDueDate"));
                items.addAll(byStatus(CaseStatus.SUSPENDED, "mediationDueDate"));
                items.addAll(byStatus(caller.role() == org.sutiao.identity.domain.Role.MEDIATOR ? CaseStatus.FAILED
                        : CaseStatus.SETTLED, "mediationDueDate"));
                items.sort(BY_MEDIATION_DUE);
                yield items;
            }
            default -> List.of();
        };
    }

    private static final Comparator<CaseSummary> BY_MEDIATION_DUE = Comparator.comparing(CaseSummary::mediationDueDate,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private List<CaseSummary> byStatus(CaseStatus status, String sort) {
        return search(new CaseFilter(status, null, null, null, null, null, null, null), 0, 200, sort, true).rows();
    }

    private List<CaseSummary> pending(Boolean overdue) {
        return search(new CaseFilter(CaseStatus.PENDING_ACCEPTANCE, null, null, null, null, null, null, overdue),
                0, 200, "acceptanceDueDate", true).rows();
    }

    /**
     * The case with its timeline; audited.
     *
     * @throws NotFoundException when it does not exist or lies outside the caller's scope
     */
    public CaseDetail detail(Long caseId) {
        Caller caller = caller();
        CaseScope scope = CaseScope.of(caller);
        MediationCase c = repository.inScope(caseId, scope);
        audit.record(caller.username(), AuditLog.READ_CASE, c.id(), scope.fullDetail() ? "full" : "metadata");
        return CaseViews.detail(c, scope.fullDetail(), summary(c, calendar.current(),
                BusinessTime.dateOf(clock.instant())), scope.fullDetail() ? invitations.states(c) : java.util.Map.of());
    }

    /**
     * A material's metadata and bytes; audited.
     *
     * @throws NotFoundException when the case or material is outside the caller's full-detail scope
     */
    public MaterialDownload material(Long caseId, Long materialId) {
        Caller caller = caller();
        CaseScope scope = CaseScope.of(caller);
        if (!scope.fullDetail()) {
            throw new NotFoundException("case.notFound", caseId);
        }
        MediationCase c = repository.inScope(caseId, scope);
        Material m = em.find(Material.class, materialId);
        if (m == null || !m.mediationCase().id().equals(c.id())) {
            throw new NotFoundException("material.notFound", materialId);
        }
        byte[] bytes = em.createNamedQuery("MaterialContent.byMaterial", MaterialContent.class)
                .setParameter("materialId", materialId).getSingleResult().content();
        audit.record(caller.username(), AuditLog.READ_MATERIAL, c.id(), m.fileName());
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
                ? Math.max(0, cal.workingDaysBetween(today, c.acceptanceDueDate())) : null);
    }
}
