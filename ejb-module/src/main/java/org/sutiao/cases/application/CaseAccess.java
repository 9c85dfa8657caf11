package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.cases.domain.FullAccessGrant;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.identity.application.Caller;
import org.sutiao.shared.domain.ForbiddenException;
import org.sutiao.shared.domain.NotFoundException;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import java.time.Clock;
import java.util.Optional;

/**
 * The one door through which every read of a case's content passes, for the API and the pages alike: the case must lie
 * in the caller's {@link CaseScope} (else 404, its existence undisclosed), the {@link CaseReadPolicy} decides full or
 * metadata visibility (a break-glass {@link FullAccessGrant} lifts HQ and supervisors to full for 24 hours), a
 * {@linkplain CasePart#contentOnly() content-only} part is refused at metadata visibility, and the read is audited
 * with its part and visibility (notice 法办〔2024〕623号 §2(1)) — except the creating caller's read of the detail of a
 * case created in the same request (a referral's answer), which the creation's own entry covers
 * ({@link CreatedInRequest}). Runs in the calling service's transaction.
 */
@Dependent
public class CaseAccess {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CaseRepository repository;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Instance<CreatedInRequest> created;
    @Inject
    BeanManager beans;

    /**
     * Opens a part of a case for reading, and audits the read.
     *
     * @throws NotFoundException  when the case does not exist or lies outside the caller's scope
     * @throws ForbiddenException {@code case.fullAccessRequired} when the part is content only and the caller reads
     *                            metadata only (HQ or a supervisor without a grant for the case)
     */
    public CaseRead read(Caller caller, Long caseId, CasePart part) {
        return read(caller, caseId, part, null);
    }

    /**
     * {@link #read(Caller, Long, CasePart)} with what exactly was read (e.g. a material's id) added to the audit entry.
     *
     * @throws NotFoundException  outside scope, or any part but the detail for a former center
     *                            ({@link CaseReadPolicy.Visibility#OWN_OFFERS})
     * @throws ForbiddenException a content-only part at metadata visibility
     */
    public CaseRead read(Caller caller, Long caseId, CasePart part, String what) {
        CaseRead read = open(caller, caseId);
        if (!CaseReadPolicy.mayRead(read.visibility(), part)) {
            if (read.visibility() == CaseReadPolicy.Visibility.OWN_OFFERS) {
                // a former center: the rest of the case is out of its scope, answered as such
                throw new NotFoundException("case.notFound", caseId);
            }
            throw new ForbiddenException("case.fullAccessRequired");
        }
        if (!(part == CasePart.DETAIL && what == null && createdNow(caller, read.mediationCase().id()))) {
            audit.record(caller, part.auditAction(), read.mediationCase().id(),
                    what == null ? visibilityNote(read) : visibilityNote(read) + ": " + what);
        }
        return read;
    }

    /**
     * Notes that the caller created the case in this request ({@link CreatedInRequest}): its detail read in the same
     * request is covered by the creation's audit entry. Does nothing outside a request.
     */
    public void createdInThisRequest(Caller caller, Long caseId) {
        if (requestActive()) {
            created.get().add(caller.username(), caseId);
        }
    }

    /** True when the caller created the case in this request ({@link #createdInThisRequest}). */
    boolean createdNow(Caller caller, Long caseId) {
        return requestActive() && created.get().contains(caller.username(), caseId);
    }

    private boolean requestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException none) {
            return false;
        }
    }

    /** The case in scope with the caller's visibility, not audited (callers audit what they then read). */
    CaseRead open(Caller caller, Long caseId) {
        CaseScope scope = CaseScope.of(caller);
        Optional<MediationCase> own = repository.findInScope(caseId, scope);
        if (own.isEmpty() && scope.former() != null) {
            // a case the center declined or let lapse: read-only, its own offers only (CaseReadPolicy)
            MediationCase former = repository.inScope(caseId, scope.former());
            return new CaseRead(former, caller, CaseReadPolicy.Visibility.OWN_OFFERS, null);
        }
        MediationCase c = own.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
        FullAccessGrant grant = CaseReadPolicy.mayRequestFullAccess(caller.role())
                ? activeGrant(caller.username(), c.id()).orElse(null) : null;
        return new CaseRead(c, caller, CaseReadPolicy.visibility(caller.role(), grant != null), grant);
    }

    /** The caller's unexpired grant for the case, if any. */
    public Optional<FullAccessGrant> activeGrant(String username, Long caseId) {
        return em.createNamedQuery("FullAccessGrant.active", FullAccessGrant.class)
                .setParameter("username", username).setParameter("caseId", caseId)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst();
    }

    private static String visibilityNote(CaseRead read) {
        return read.grant() != null ? "full (grant " + read.grant().id() + ")" : read.full() ? "full" : "metadata";
    }
}
