package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.shared.domain.NotFoundException;

import java.security.Principal;

/** Resolves the container's caller principal to the account with its role and organisation. */
@ApplicationScoped
public class CallerLookup {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /**
     * @throws NotFoundException when nobody is logged in or the account does not exist (treated as no access)
     */
    public Caller of(Principal principal) {
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new NotFoundException("identity.unknownCaller");
        }
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .map(u -> new Caller(u.username(), u.displayName(), u.role(), u.orgCode(), u.refId(),
                        u.identityKey(), u.identityKey() == null ? null : u.identityName(), u.identityProof(),
                        u.identityContact()))
                .orElseThrow(() -> new NotFoundException("identity.unknownCaller"));
    }

    /** True while an account of that name exists and may log in (a deactivated account's session ends). */
    public boolean active(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :username and u.active = true",
                Long.class).setParameter("username", username).getSingleResult() > 0;
    }
}
