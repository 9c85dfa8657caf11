package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.directory.domain.Court;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.NotFoundException;

import java.util.Optional;

/** Lookups by business key used by the case services (courts, centers, mediators by code; cases by key). */
@Dependent
public class CaseRepository {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    public Optional<Court> court(String code) {
        return em.createNamedQuery("Court.byCode", Court.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** Every mediation center (a few dozen: reference data). */
    public java.util.List<MediationCenter> centers() {
        return em.createNamedQuery("MediationCenter.all", MediationCenter.class).getResultList();
    }

    public Optional<MediationCenter> center(String code) {
        return em.createNamedQuery("MediationCenter.byCode", MediationCenter.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Mediator> mediator(String code) {
        return em.createNamedQuery("Mediator.byCode", Mediator.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * The case if it lies within the scope.
     *
     * @throws NotFoundException when it does not exist or lies outside the scope (the same answer for both)
     */
    public MediationCase inScope(Long caseId, CaseScope scope) {
        return findInScope(caseId, scope).orElseThrow(() -> new NotFoundException("case.notFound", caseId));
    }

    /** The case if it lies within the scope, else empty (also when it does not exist). */
    public Optional<MediationCase> findInScope(Long caseId, CaseScope scope) {
        TypedQuery<MediationCase> q = em.createQuery(
                "select c from MediationCase c where c.id = :id and (" + scope.condition() + ")", MediationCase.class);
        q.setParameter("id", caseId);
        scope.parameters().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** The case a court already referred under this case number or this idempotency key, if any. */
    public Optional<MediationCase> existingReferral(String courtCode, String courtCaseNumber, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<MediationCase> byKey = em.createNamedQuery("MediationCase.byIdempotencyKey", MediationCase.class)
                    .setParameter("courtCode", courtCode).setParameter("key", idempotencyKey)
                    .getResultStream().findFirst();
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        if (courtCaseNumber == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("MediationCase.byCourtCaseNumber", MediationCase.class)
                .setParameter("courtCode", courtCode).setParameter("number", courtCaseNumber.strip())
                .getResultStream().findFirst();
    }
}
