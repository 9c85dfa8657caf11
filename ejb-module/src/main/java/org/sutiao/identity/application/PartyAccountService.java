package org.sutiao.identity.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sutiao.identity.domain.PartyNames;
import org.sutiao.identity.domain.PasswordPolicy;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.shared.application.BoundaryValidator;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.SafeText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Party accounts (人民法院在线调解规则 Art. 17): anyone may register a PARTY account (parties invited through the
 * contact details a court or applicant gave, and applicants who come on their own); on first login the party
 * confirms its identity (name and ID or credit code, which must match the case records that hold that identity as a
 * party or as an appointed agent),
 * an e-mail address for electronic service, and that it read the warning against sham mediation. The password
 * follows the one {@link PasswordPolicy} of every account. Until then the
 * account sees no case and can do nothing. One account per identity.
 */
@Stateless
@Audited
public class PartyAccountService {
    /** Usernames: 3–64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    CallerLookup callers;
    @Inject
    BoundaryValidator validator;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** What a new party account starts with; the password is only hashed, never stored. */
    public record Registration(@NotBlank @Size(max = 64) String username,
                               @NotBlank String password,
                               @NotBlank @Size(max = 120) String displayName) {
    }

    /**
     * The first-login confirmation.
     *
     * @param name                the name as in the case records (company name or person's name)
     * @param identityCode        credit code, resident ID, passport or foreign registration number
     * @param serviceAddress      e-mail address for electronic service of documents
     * @param warningAcknowledged the party read the warning against sham mediation (must be true)
     */
    public record IdentityConfirmation(@NotBlank @Size(max = 200) String name, @NotNull IdentityType identityType,
                                       @NotBlank @Size(max = 60) String identityCode,
                                       @NotBlank @Email @Size(max = 200) String serviceAddress,
                                       boolean warningAcknowledged) {
    }

    /**
     * A party account's state as the party sees it.
     *
     * @param identityCode the code masked as shown to the party (ID numbers masked), or null before confirmation
     */
    public record IdentityStatus(String username, String displayName, boolean confirmed, String name,
                                 IdentityType identityType, String identityCode, String serviceAddress,
                                 Instant confirmedAt) {
    }

    /**
     * Registers a PARTY account, not yet confirmed.
     *
     * @throws InvalidInputException when a field is missing or malformed (weak password, bad username)
     * @throws ConflictException     when the username is taken
     */
    @PermitAll
    public IdentityStatus register(Registration r) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (r.username() != null && !r.username().strip().matches(USERNAME_PATTERN)) {
            errors.add(new InvalidInputException.FieldError("username", "account.usernameFormat"));
        }
        if (r.password() != null && !r.password().isBlank()) {
            PasswordPolicy.shipped().refusal(r.username() == null ? null : r.username().strip(), r.password())
                    .ifPresent(key -> errors.add(new InvalidInputException.FieldError("password", key,
                            PasswordPolicy.MIN_LENGTH)));
        }
        if (SafeText.isUnsafe(r.displayName())) {
            errors.add(new InvalidInputException.FieldError("displayName", "validation.controlCharacters"));
        }
        validator.check(r, errors);
        String username = r.username().strip();
        if (!em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new ConflictException("account.usernameTaken", username);
        }
        UserAccount a = new UserAccount(username, passwords.hash(r.password()), r.displayName().strip(), Role.PARTY,
                null, null);
        em.persist(a);
        return status(a);
    }

    /**
     * The first-login confirmation of the calling PARTY account.
     *
     * @throws InvalidInputException when a field is missing, the code is malformed for its type, the warning is not
     *                               acknowledged, or the name does not match the case records of that identity
     * @throws ConflictException     when already confirmed, or another account holds the identity
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public IdentityStatus confirm(IdentityConfirmation c) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (c.identityType() != null && c.identityCode() != null && !c.identityCode().isBlank()
                && !c.identityType().isValid(c.identityCode())) {
            errors.add(new InvalidInputException.FieldError("identityCode", "identity.invalidCode"));
        }
        if (SafeText.isUnsafe(c.name())) {
            errors.add(new InvalidInputException.FieldError("name", "validation.controlCharacters"));
        }
        if (!c.warningAcknowledged()) {
            errors.add(new InvalidInputException.FieldError("warningAcknowledged", "identity.warningRequired"));
        }
        validator.check(c, errors);
        UserAccount account = self();
        if (account.identityConfirmed()) {
            throw new ConflictException("identity.alreadyConfirmed");
        }
        String key = IdentityType.key(c.identityCode());
        List<String> recorded = new ArrayList<>(em.createNamedQuery("Party.namesByIdentity", String.class)
                .setParameter("key", key).getResultList());
        recorded.addAll(em.createNamedQuery("Party.agentNamesByIdentity", String.class).setParameter("key", key)
                .getResultList());
        if (!recorded.isEmpty() && recorded.stream().noneMatch(n -> PartyNames.same(n, c.name()))) {
            throw new InvalidInputException("name", "identity.mismatch");
        }
        if (!em.createNamedQuery("UserAccount.byIdentity", UserAccount.class).setParameter("key", key)
                .getResultList().isEmpty()) {
            throw new ConflictException("identity.taken");
        }
        account.confirmIdentity(c.name().strip(), c.identityType(), key, c.serviceAddress().strip(),
                clock.instant());
        return status(account);
    }

    /** The calling PARTY account's state (confirmed or not). */
    @RolesAllowed(Role.PARTY_ROLE)
    public IdentityStatus status() {
        return status(self());
    }

    private UserAccount self() {
        Caller caller = callers.of(session.getCallerPrincipal());
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", caller.username()).getSingleResult();
    }

    private static IdentityStatus status(UserAccount a) {
        String code = a.identityKey();
        String shown = code == null ? null
                : a.identityType() == IdentityType.RESIDENT_ID || a.identityType() == IdentityType.PASSPORT
                ? org.sutiao.shared.domain.IdNumbers.mask(code) : code;
        return new IdentityStatus(a.username(), a.displayName(), a.identityConfirmed(), a.identityName(),
                a.identityType(), shown, a.serviceAddress(), a.identityConfirmedAt());
    }
}
