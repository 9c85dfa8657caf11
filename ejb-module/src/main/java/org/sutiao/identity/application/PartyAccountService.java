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
import org.sutiao.audit.application.AuditLog;
import org.sutiao.identity.domain.IdentityChallenge;
import org.sutiao.identity.domain.IdentityProof;
import org.sutiao.identity.domain.PartyNames;
import org.sutiao.notification.application.Outbox;
import org.sutiao.platform.application.DemoMode;
import org.sutiao.shared.domain.TooManyRequestsException;
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
    /** The audit action when a stronger proof withdraws another account's weaker claim of an identity. */
    public static final String IDENTITY_SUPERSEDED = "IDENTITY_SUPERSEDED";
    /** Contact details on record a code is sent to, at most. */
    public static final int MAX_DESTINATIONS = 3;
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
    @Inject
    IdentityChallenges challenges;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    DemoMode demo;

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
     * @param identityCode   the code masked as shown to the party (ID numbers masked), or null before confirmation
     * @param proof          how the identity was proven (null before confirmation)
     * @param codePendingUntil until when a confirmation code requested last may be entered, or null when none is open
     */
    public record IdentityStatus(String username, String displayName, boolean confirmed, String name,
                                 IdentityType identityType, String identityCode, String serviceAddress,
                                 Instant confirmedAt, IdentityProof proof, Instant codePendingUntil) {
    }

    /**
     * The answer to a request for a confirmation code: the same whether or not a code could be sent (the answer must
     * not tell whether a case records the identity).
     *
     * @param expiresAt until when the code may be entered (15 minutes)
     * @param demoCode  the code itself, only on the demo platform where nothing is sent (null in production)
     */
    public record CodeRequested(Instant expiresAt, String demoCode) {
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
     * Step 1 of the first-login confirmation (人民法院在线调解规则 Art. 17): checks the fields and sends a six-digit
     * code out of band. Where a case recorded the identity (as party or appointed agent, under a matching name, by a
     * court or by another applicant) the code goes to the e-mail or phone recorded there, court records first; where
     * no case records it, to the service address given (the identity is then only declared, {@link
     * IdentityProof#DECLARED}). When the name does not match, nothing is on record to send to, or another account
     * proved the identity, no code is sent — and the answer is the same, so it tells nothing about the records.
     *
     * @throws InvalidInputException    when a field is missing, the code is malformed for its type, or the warning is
     *                                  not acknowledged
     * @throws ConflictException        {@code identity.alreadyConfirmed} when the account has an identity
     * @throws TooManyRequestsException {@code identity.tooManyCodes} after {@value IdentityChallenge#QUOTA} requests
     *                                  within 24 hours
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public CodeRequested requestCode(IdentityConfirmation c) {
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
        String name = c.name().strip();
        String serviceAddress = c.serviceAddress().strip();
        ProofRoute route = proofRoute(key, name, account);
        return issue(account, name, c.identityType(), key, serviceAddress, route.proof(), route.contact(),
                route.unrecorded() ? List.of(serviceAddress) : route.destinations());
    }

    /**
     * For an account whose identity is only declared: sends a code to the contact details that cases recorded for
     * that identity since, so that entering it ({@link #verifyCode}) shows those cases too. The answer is the same
     * whether or not anything could be sent.
     *
     * @throws ConflictException        {@code identity.unconfirmed} before the first confirmation;
     *                                  {@code identity.alreadyProven} when the records already proved it
     * @throws TooManyRequestsException {@code identity.tooManyCodes} as for {@link #requestCode}
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public CodeRequested requestRecordsProof() {
        UserAccount account = self();
        if (!account.identityConfirmed()) {
            throw new ConflictException("identity.unconfirmed");
        }
        if (account.identityProof() == IdentityProof.RECORDS) {
            throw new ConflictException("identity.alreadyProven");
        }
        ProofRoute route = proofRoute(account.identityKey(), account.identityName(), account);
        boolean useful = !route.unrecorded() && route.proof() != null
                && (route.proof().strongerThan(account.identityProof()) || route.proof() == IdentityProof.APPLICANT);
        return issue(account, account.identityName(), account.identityType(), account.identityKey(),
                account.serviceAddress(), useful ? route.proof() : null, useful ? route.contact() : null,
                useful ? route.destinations() : List.of());
    }

    /**
     * Step 2: the code sent by {@link #requestCode} or {@link #requestRecordsProof}. A right code confirms the
     * identity as proven by the challenge (a stronger proof also withdraws another account's weaker claim of the same
     * identity, see {@link IdentityProof}). A wrong code counts against the challenge's {@value IdentityChallenge#MAX_FAILURES}
     * tries even though the call fails.
     *
     * @throws InvalidInputException on {@code code}: {@code identity.codeWrong}, {@code identity.codeExpired} or
     *                               {@code identity.codeSpent} (request a new code)
     * @throws ConflictException     {@code identity.noPendingCode} when no code was requested; {@code
     *                               identity.taken} when another account proved the identity meanwhile
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public IdentityStatus verifyCode(String entered) {
        // named so that the audit interceptor never copies it into the log (it shows parameters named *code)
        UserAccount account = self();
        IdentityChallenge challenge = latestChallenge(account.username())
                .orElseThrow(() -> new ConflictException("identity.noPendingCode"));
        switch (challenges.attempt(challenge.id(), entered)) {
            case WRONG -> throw new InvalidInputException("code", "identity.codeWrong");
            case EXPIRED -> throw new InvalidInputException("code", "identity.codeExpired");
            case SPENT -> throw new InvalidInputException("code", "identity.codeSpent");
            case PROVEN -> { }
        }
        IdentityProof proof = challenge.proof();
        for (UserAccount holder : em.createNamedQuery("UserAccount.byIdentity", UserAccount.class)
                .setParameter("key", challenge.identityKey()).getResultList()) {
            if (holder.username().equals(account.username())) {
                continue;
            }
            if (proof.strongerThan(holder.identityProof())) {
                holder.withdrawIdentity();
                audit.record(account.username(), IDENTITY_SUPERSEDED, null, "account " + holder.username());
                em.flush();
            } else {
                throw new ConflictException("identity.taken");
            }
        }
        if (account.identityConfirmed()) {
            if (!challenge.identityKey().equals(account.identityKey())) {
                throw new ConflictException("identity.alreadyConfirmed");
            }
            account.proveAgain(proof, challenge.contact());
        } else {
            account.confirmIdentity(challenge.name(), challenge.identityType(), challenge.identityKey(),
                    challenge.serviceAddress(), clock.instant(), proof, challenge.contact());
        }
        callers.changed();
        return status(account);
    }

    /** The calling PARTY account's state (confirmed or not). */
    @RolesAllowed(Role.PARTY_ROLE)
    public IdentityStatus status() {
        return status(self());
    }

    /** Where a code for {@code key} under {@code name} may go, and what meeting it would prove. */
    private record ProofRoute(IdentityProof proof, List<String> destinations, boolean unrecorded) {
        static final ProofRoute NOWHERE = new ProofRoute(null, List.of(), false);

        /** The one contact of an {@link IdentityProof#APPLICANT} route, else null. */
        String contact() {
            return proof == IdentityProof.APPLICANT ? destinations.get(0) : null;
        }
    }

    /**
     * Decides where a confirmation code goes (the strongest route another account's hold allows):
     * <ol>
     * <li>contact details a court recorded for the identity under a matching name → those contacts (at most
     * {@value #MAX_DESTINATIONS}), proving {@link IdentityProof#RECORDS};</li>
     * <li>else contact details another party's direct application recorded → the latest one only, proving
     * {@link IdentityProof#APPLICANT} (bound to that contact);</li>
     * <li>no record of the identity at all → the party's own address, {@link IdentityProof#DECLARED};</li>
     * <li>otherwise nowhere (name mismatch, no contact on record, or another account holds an equal or stronger
     * proof).</li>
     * </ol>
     * A party's own direct application is not a record of its identity (it wrote the contact details itself).
     */
    private ProofRoute proofRoute(String key, String name, UserAccount account) {
        List<Object[]> rows = new ArrayList<>(em.createNamedQuery("Party.contactsByIdentity", Object[].class)
                .setParameter("key", key).setMaxResults(200).getResultList());
        for (Object[] a : em.createNamedQuery("Party.agentContactsByIdentity", Object[].class)
                .setParameter("key", key).setMaxResults(200).getResultList()) {
            rows.add(new Object[]{a[0], null, a[1], a[2]});
        }
        IdentityProof held = null;
        for (UserAccount holder : em.createNamedQuery("UserAccount.byIdentity", UserAccount.class)
                .setParameter("key", key).getResultList()) {
            if (!holder.username().equals(account.username()) && holder.identityProof() != null) {
                held = holder.identityProof();
            }
        }
        if (rows.isEmpty()) {
            boolean applied = !em.createNamedQuery("Party.namesByIdentity", String.class).setParameter("key", key)
                    .setMaxResults(1).getResultList().isEmpty();
            // nothing recorded by anyone else: the party may declare it (unless someone holds it or applied under it)
            return held == null && !applied ? new ProofRoute(IdentityProof.DECLARED, List.of(), true)
                    : ProofRoute.NOWHERE;
        }
        java.util.LinkedHashSet<String> court = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> applicants = new java.util.LinkedHashSet<>();
        for (Object[] r : rows) {
            if (r[0] == null || !PartyNames.same((String) r[0], name)) {
                continue;
            }
            String contact = r[1] != null && !((String) r[1]).isBlank() ? (String) r[1]
                    : r[2] != null && !((String) r[2]).isBlank() ? (String) r[2] : null;
            if (contact != null) {
                (r[3] == org.sutiao.cases.domain.CaseSource.COURT_REFERRAL ? court : applicants).add(contact.strip());
            }
        }
        if (!court.isEmpty() && IdentityProof.RECORDS.strongerThan(held)) {
            return new ProofRoute(IdentityProof.RECORDS, court.stream().limit(MAX_DESTINATIONS).toList(), false);
        }
        if (!applicants.isEmpty() && IdentityProof.APPLICANT.strongerThan(held)) {
            return new ProofRoute(IdentityProof.APPLICANT, List.of(applicants.iterator().next()), false);
        }
        return ProofRoute.NOWHERE;
    }

    private CodeRequested issue(UserAccount account, String name, IdentityType type, String key,
                                String serviceAddress, IdentityProof proof, String contact, List<String> to) {
        Instant now = clock.instant();
        long recent = em.createNamedQuery("IdentityChallenge.countSince", Long.class)
                .setParameter("username", account.username())
                .setParameter("since", now.minus(IdentityChallenge.QUOTA_WINDOW)).getSingleResult();
        if (recent >= IdentityChallenge.QUOTA) {
            Instant oldest = em.createNamedQuery("IdentityChallenge.latest", IdentityChallenge.class)
                    .setParameter("username", account.username()).setFirstResult(IdentityChallenge.QUOTA - 1)
                    .setMaxResults(1).getResultStream().map(IdentityChallenge::createdAt).findFirst().orElse(now);
            throw new TooManyRequestsException("identity.tooManyCodes",
                    java.time.Duration.between(now, oldest.plus(IdentityChallenge.QUOTA_WINDOW)));
        }
        String code = IdentityChallenge.newCode();
        boolean sent = proof != null && !to.isEmpty();
        IdentityChallenge challenge = IdentityChallenge.issue(account.username(), name, type, key, serviceAddress,
                sent ? proof : null, sent ? contact : null, code, now);
        em.persist(challenge);
        if (sent) {
            for (String address : to) {
                outbox.send(address, "outbound.identityCode", code,
                        IdentityChallenge.VALIDITY.toMinutes());
            }
        }
        return new CodeRequested(challenge.expiresAt(), sent && demo.enabled() ? code : null);
    }

    private java.util.Optional<IdentityChallenge> latestChallenge(String username) {
        return em.createNamedQuery("IdentityChallenge.latest", IdentityChallenge.class)
                .setParameter("username", username).setMaxResults(1).getResultStream().findFirst();
    }

    private UserAccount self() {
        Caller caller = callers.of(session.getCallerPrincipal());
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", caller.username()).getSingleResult();
    }

    private IdentityStatus status(UserAccount a) {
        String code = a.identityKey();
        String shown = code == null ? null
                : a.identityType() == IdentityType.RESIDENT_ID || a.identityType() == IdentityType.PASSPORT
                ? org.sutiao.shared.domain.IdNumbers.mask(code) : code;
        Instant now = clock.instant();
        Instant pending = latestChallenge(a.username()).filter(ch -> ch.open(now))
                .map(IdentityChallenge::expiresAt).orElse(null);
        return new IdentityStatus(a.username(), a.displayName(), a.identityConfirmed(),
                a.identityConfirmed() ? a.identityName() : null, a.identityType(), shown, a.serviceAddress(),
                a.identityConfirmedAt(), a.identityProof(), pending);
    }
}
