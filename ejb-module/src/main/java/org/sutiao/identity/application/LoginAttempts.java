package org.sutiao.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.identity.domain.FailedLogins;
import org.sutiao.identity.domain.LockoutPolicy;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The database side of login throttling (issue 9 §3): failed logins per login name in {@code login_throttle}, so a
 * lock holds across nodes and restarts, and the re-hash of old password hashes at a successful login. Every method
 * is its own transaction (called by the authentication mechanism, outside any).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {
    /** The audit action of an operator's unlock (the detail is the username). */
    public static final String UNLOCK = "UNLOCK_ACCOUNT";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PasswordHashing passwords;
    @Inject
    AuditLog audit;
    @Resource
    SessionContext session;

    /** How long {@code username} stays refused from now (whole seconds), or empty when it is not locked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Duration> lockedFor(String username) {
        return row(username, LockModeType.NONE).flatMap(f -> f.retryAfter(clock.instant()));
    }

    /**
     * Counts a failed login of {@code username} under a row lock, so two parallel failures count twice. The first
     * failure of a name inserts its row; two parallel first failures make one insert fail on the unique name, and
     * the caller retries (then the row exists).
     *
     * @return true when this failure locked the name ({@link LockoutPolicy#STANDARD})
     */
    public boolean failed(String username) {
        Optional<FailedLogins> row = row(username, LockModeType.PESSIMISTIC_WRITE);
        FailedLogins f = row.orElseGet(() -> new FailedLogins(username));
        boolean locked = f.recordFailure(clock.instant(), LockoutPolicy.STANDARD);
        if (row.isEmpty()) {
            em.persist(f);
        }
        em.flush();
        return locked;
    }

    /**
     * A successful login: the count starts again, and a password hash made with older parameters is replaced by one
     * of today's ({@link PasswordHashing#needsUpgrade}); {@code password} is only hashed, never kept.
     *
     * @return true when the hash was upgraded
     */
    public boolean succeeded(String username, String password) {
        em.createNamedQuery("FailedLogins.deleteByUsername").setParameter("username", FailedLogins.key(username))
                .executeUpdate();
        Optional<UserAccount> account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
        if (account.isPresent() && PasswordHashing.needsUpgrade(account.get().passwordHash())) {
            account.get().rehashPassword(passwords.hash(password));
            return true;
        }
        return false;
    }

    /**
     * An operator lifts the lock of an account and clears its count (issue 9 §3); the audit log keeps who and when.
     *
     * @throws NotFoundException {@code account.notFound} when no account has that username
     */
    @RolesAllowed(Role.OPERATOR_ROLE)
    public void unlock(String username) {
        if (em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new NotFoundException("account.notFound", username);
        }
        row(username, LockModeType.PESSIMISTIC_WRITE).ifPresent(FailedLogins::unlock);
        audit.record(session.getCallerPrincipal().getName(), UNLOCK, null, username);
    }

    private Optional<FailedLogins> row(String username, LockModeType lock) {
        return em.createNamedQuery("FailedLogins.byUsername", FailedLogins.class)
                .setParameter("username", FailedLogins.key(username)).setLockMode(lock)
                .getResultStream().findFirst();
    }
}
