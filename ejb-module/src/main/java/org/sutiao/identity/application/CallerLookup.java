package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.shared.domain.NotFoundException;

import java.security.Principal;

/**
 * Resolves the container's caller principal to the account with its role and organisation. Within an HTTP request
 * (or any other active request context) an account is read once and kept in {@link CallerMemo} for the rest of
 * the request; without one (e.g. a timer's or an asynchronous call outside any request) it is read every time.
 * Whether an account may still log in ({@link #active}) is always read from the database.
 */
@ApplicationScoped
public class CallerLookup {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Instance<CallerMemo> memo;
    @Inject
    BeanManager beans;

    /**
     * @throws NotFoundException when nobody is logged in or the account does not exist (treated as no access)
     */
    public Caller of(Principal principal) {
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new NotFoundException("identity.unknownCaller");
        }
        String username = principal.getName();
        CallerMemo m = memo();
        Caller known = m == null ? null : m.get(username);
        if (known != null) {
            return known;
        }
        Caller c = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .map(u -> new Caller(u.username(), u.displayName(), u.role(), u.orgCode(), u.refId(),
                        u.identityKey(), u.identityKey() == null ? null : u.identityName(), u.identityProof(),
                        u.identityContact()))
                .orElseThrow(() -> new NotFoundException("identity.unknownCaller"));
        if (m != null) {
            m.put(username, c);
        }
        return c;
    }

    /**
     * An account's name or identity changed in this request: the callers read so far in it are read again at their
     * next {@link #of}.
     */
    public void changed() {
        CallerMemo m = memo();
        if (m != null) {
            m.clear();
        }
    }

    /** This request's memo, or null without an active request context. */
    private CallerMemo memo() {
        try {
            if (!beans.getContext(RequestScoped.class).isActive()) {
                return null;
            }
        } catch (ContextNotActiveException none) {
            return null;
        }
        return memo.get();
    }

    /** True while an account of that name exists and may log in (a deactivated account's session ends). */
    public boolean active(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :username and u.active = true",
                Long.class).setParameter("username", username).getSingleResult() > 0;
    }
}
