package org.sutiao.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.identity.domain.PasswordPolicy;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.shared.domain.Actor;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first account of a real deployment (issue 13 §1): on a database without any account, one OPERATOR from
 * {@code SUTIAO_BOOTSTRAP_OPERATOR} / {@code SUTIAO_BOOTSTRAP_PASSWORD} (or the system properties
 * {@code sutiao.bootstrap.operator} / {@code sutiao.bootstrap.password}, see
 * {@link org.sutiao.shared.infrastructure.Settings}), which must change its password at its first login. Once a
 * database holds an account, the settings are ignored: the bootstrap happens once. Audited as
 * {@value #BOOTSTRAP_OPERATOR}.
 */
@Stateless
@PermitAll
public class AccountBootstrap {
    /** The audit action of the bootstrap (the detail names the account). */
    public static final String BOOTSTRAP_OPERATOR = "BOOTSTRAP_OPERATOR";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    AuditLog audit;

    /**
     * Creates the bootstrap operator when no account exists and both settings are given; otherwise logs why not.
     * A username not of the account format, or a password that fails {@link PasswordPolicy}, creates nothing and is
     * logged as SEVERE (the server runs on; set valid values and restart).
     *
     * @return the username created, or empty
     */
    public Optional<String> createOperatorIfNoAccount(Optional<String> username, Optional<String> password) {
        long accounts = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        if (accounts > 0) {
            if (username.isPresent()) {
                LOG.info("SUTIAO_BOOTSTRAP_OPERATOR ignored: the database already holds accounts (the bootstrap"
                        + " password may be removed from the environment)");
            }
            return Optional.empty();
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("The database holds no account: set SUTIAO_BOOTSTRAP_OPERATOR and SUTIAO_BOOTSTRAP_PASSWORD"
                    + " (or -Dsutiao.bootstrap.operator and -Dsutiao.bootstrap.password) to create the first"
                    + " operator, then restart");
            return Optional.empty();
        }
        String name = username.get().strip();
        if (!name.matches(PartyAccountService.USERNAME_PATTERN)) {
            LOG.severe("SUTIAO_BOOTSTRAP_OPERATOR must be 3-64 lower-case letters, digits, dots, dashes or"
                    + " underscores: no operator created");
            return Optional.empty();
        }
        Optional<String> refused = PasswordPolicy.shipped().refusal(name, password.get());
        if (refused.isPresent()) {
            LOG.severe(() -> "SUTIAO_BOOTSTRAP_PASSWORD refused (" + refused.get() + "; at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not the username, not a common password):"
                    + " no operator created");
            return Optional.empty();
        }
        em.persist(UserAccount.issued(name, passwords.hash(password.get()), name, Role.OPERATOR, null, null, null,
                null));
        em.flush();
        audit.record(Actor.SYSTEM.username(), BOOTSTRAP_OPERATOR, null, "account=" + name);
        LOG.info(() -> "Bootstrap operator " + name + " created; it must change its password at its first login");
        return Optional.of(name);
    }
}
