package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.application.LoginThrottle;
import org.sutiao.identity.domain.FailedLogins;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Test-only access to accounts and login throttling inside the server (deployed in test.war only). */
@Stateless
public class AuthProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    LoginThrottle throttle;

    /**
     * A court clerk of 朝阳法院 whose password is stored as a PBKDF2-HMAC-SHA256 hash of {@code iterations} (the
     * format the identity store reads: {@code algorithm:iterations:salt:hash}).
     */
    public void clerk(String username, String password, int iterations) {
        em.persist(new UserAccount(username, hash(password, iterations), "测试书记员", Role.COURT_CLERK, "BJ-B-0105",
                null));
    }

    public String passwordHash(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getSingleResult().passwordHash();
    }

    /** Consecutive failures counted for the name (0 without a row). */
    public int failures(String username) {
        return em.createNamedQuery("FailedLogins.byUsername", FailedLogins.class).setParameter("username", username)
                .getResultStream().findFirst().map(FailedLogins::failures).orElse(0);
    }

    /** Moves the end of the name's lock one second into the past, as if its 15 minutes had run out. */
    public void endLock(String username) {
        em.createQuery("update FailedLogins f set f.lockedUntil = :t where f.username = :u")
                .setParameter("t", Instant.now().minusSeconds(1)).setParameter("u", username).executeUpdate();
    }

    /** Audit entries of an action about one account (the detail is the username). */
    public long auditEntries(String action, String username) {
        return em.createQuery("select count(a) from AuditEntry a where a.action = :a and a.detail = :d", Long.class)
                .setParameter("a", action).setParameter("d", username).getSingleResult();
    }

    /** Forgets the in-memory per-address counts (they would otherwise refuse the tests that follow). */
    public void clearAddressCounts() {
        throttle.clearAddressCounts();
    }

    private static String hash(String password, int iterations) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
