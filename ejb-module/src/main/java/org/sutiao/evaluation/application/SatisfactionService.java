package org.sutiao.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.application.Audited;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.cases.application.Participants;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.evaluation.domain.SatisfactionRating;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.ConflictException;

import java.time.Clock;

/**
 * Party satisfaction (issue 11 §1): when a case has concluded each party may rate it once, 1–5 with a comment; the
 * ratings are shown only as aggregates ({@link EvaluationService}). The fold picks the rating up by its time.
 */
@Stateless
@Audited
public class SatisfactionService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Where the calling party stands with rating a case. */
    public enum RatingState {
        /** The case has no outcome yet (or was declined): nothing to rate. */
        NOT_CONCLUDED,
        /** The case concluded and the party has not rated it: the form is offered. */
        OPEN,
        /** The party has rated the case (once only). */
        RATED
    }

    /**
     * Whether the calling party may rate the case now (for the case page's rating form); a plain read, not audited.
     *
     * @throws org.sutiao.shared.domain.NotFoundException when the case is outside the caller's scope or the caller is
     *                                                    not a party of it
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public RatingState ratingState(Long caseId) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        if (!org.sutiao.cases.application.CaseActions.mayRate(c.outcome())) {
            return RatingState.NOT_CONCLUDED;
        }
        return rated(c.id(), p.id()) ? RatingState.RATED : RatingState.OPEN;
    }

    private boolean rated(Long caseId, Long partyId) {
        return em.createQuery("select count(s) from SatisfactionRating s where s.caseId = :c and s.partyId = :p",
                Long.class).setParameter("c", caseId).setParameter("p", partyId).getSingleResult() > 0;
    }

    /**
     * The calling party rates the case.
     *
     * @throws org.sutiao.shared.domain.NotFoundException     when the case is outside the caller's scope or the caller
     *                                                        is not a party of it
     * @throws org.sutiao.shared.domain.InvalidInputException {@code score} not 1–5, {@code comment} too long
     * @throws ConflictException {@code satisfaction.notConcluded} while the case has no outcome (or was declined);
     *                           {@code satisfaction.alreadyRated} on a second rating (a concurrent one violates the
     *                           unique key: 409 {@code conflict.duplicate})
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public void rate(Long caseId, Integer score, String comment) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        SatisfactionRating rating = new SatisfactionRating(c.id(), p.id(), score, comment, clock.instant());
        if (!org.sutiao.cases.application.CaseActions.mayRate(c.outcome())) {
            throw new ConflictException("satisfaction.notConcluded");
        }
        if (rated(c.id(), p.id())) {
            throw new ConflictException("satisfaction.alreadyRated");
        }
        em.persist(rating);
        em.flush();
    }
}
