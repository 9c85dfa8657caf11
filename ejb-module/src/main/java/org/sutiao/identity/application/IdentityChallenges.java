package org.sutiao.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.domain.IdentityChallenge;

import java.time.Clock;

/**
 * Enters a confirmation code against a challenge in a transaction of its own, so that a wrong code counts even when
 * the caller's transaction then fails (a guesser cannot undo its tries by failing). The row is locked while the code
 * is checked: concurrent tries count one by one.
 */
@Stateless
@PermitAll
public class IdentityChallenges {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** The outcome of entering {@code code} on the challenge {@code id}, committed before returning. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IdentityChallenge.Outcome attempt(Long id, String code) {
        IdentityChallenge c = em.find(IdentityChallenge.class, id, LockModeType.PESSIMISTIC_WRITE);
        return c.attempt(code, clock.instant());
    }
}
