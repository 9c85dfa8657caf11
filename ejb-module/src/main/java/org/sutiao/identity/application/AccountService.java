package org.sutiao.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.audit.application.Audited;
import org.sutiao.identity.domain.AccountPolicy;
import org.sutiao.identity.domain.PasswordPolicy;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.ForbiddenException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.domain.SafeText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts for the people who work on the platform (issue 13 §1): each administrator lists, creates, edits,
 * deactivates and resets the accounts within its reach ({@link AccountPolicy}: operator → court and HQ accounts,
 * HQ → center admins, a center admin → its mediators, each tied to an active mediator of its roster); every holder
 * changes its own password. New and reset accounts must change the password at their next login; every password
 * passes {@link PasswordPolicy}. Accounts are deactivated, never deleted. Every change is audited (the class is
 * {@link Audited}; results name the account).
 */
@Stateless
@Audited
public class AccountService {
    /** The largest page of the account list. */
    public static final int MAX_PAGE = 200;
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "[0-9+()\\- ]{5,40}";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    CallerLookup callers;
    @Inject
    CredentialCache credentials;
    @Resource
    SessionContext session;

    /** A new account as the administrator enters it; {@code mediatorCode} only (and always) for a MEDIATOR. */
    public record NewAccount(String username, String displayName, Role role, String organizationCode, String email,
                             String phone, String initialPassword, String mediatorCode) {
    }

    /** An edit of an account at {@code version} (stale → 409); {@code active} false deactivates it. */
    public record AccountEdit(String displayName, String email, String phone, Boolean active, Long version) {
    }

    /** The list's filter: exact organisation code and role, and text in the username or display name. */
    public record AccountFilter(String organization, Role role, String q) {
    }

    /** One page of the list and the number of all matching accounts. */
    public record AccountPage(long total, int first, int size, List<AccountView> items) {
    }

    /**
     * The accounts within the caller's reach matching the filter, by username.
     *
     * @param size 1 to {@value #MAX_PAGE}
     * @throws InvalidInputException on a negative {@code first} or a size out of range
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ, Role.CENTER})
    public AccountPage listAccounts(AccountFilter filter, int first, int size) {
        if (first < 0) {
            throw new InvalidInputException("first", "validation.min", 0);
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "validation.range", 1, MAX_PAGE);
        }
        Caller caller = caller();
        Set<Role> roles = AccountPolicy.manageableRoles(caller.role());
        StringBuilder where = new StringBuilder(" where u.role in :roles");
        Map<String, Object> params = new HashMap<>();
        params.put("roles", roles);
        if (caller.role() == Role.CENTER_ADMIN) {
            where.append(" and u.orgCode = :own");
            params.put("own", caller.orgCode());
        }
        if (filter.organization() != null && !filter.organization().isBlank()) {
            where.append(" and u.orgCode = :org");
            params.put("org", filter.organization().strip());
        }
        if (filter.role() != null) {
            where.append(" and u.role = :role");
            params.put("role", filter.role());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(u.username) like :q or lower(u.displayName) like :q)");
            params.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        TypedQuery<AccountView> page = em.createQuery("select new " + AccountView.class.getName()
                + "(u.username, u.displayName, u.role, u.orgCode, u.email, u.phone, u.refId, u.active,"
                + " u.passwordChangeRequired, u.version) from UserAccount u" + where + " order by u.username",
                AccountView.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<AccountView> items = page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(v -> v.role() == Role.MEDIATOR ? v : new AccountView(v.username(), v.displayName(), v.role(),
                        v.organizationCode(), v.email(), v.phone(), null, v.active(), v.passwordChangeRequired(),
                        v.version()))
                .toList();
        return new AccountPage(count.getSingleResult(), first, size, items);
    }

    /**
     * One account within the caller's reach.
     *
     * @throws NotFoundException {@code account.notFound} when there is none or it is beyond reach
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ, Role.CENTER})
    public AccountView readAccount(String username) {
        return AccountView.of(managed(username));
    }

    /**
     * Creates an account within the caller's reach; it must change its initial password at its first login.
     *
     * @throws ForbiddenException    {@code account.beyondReach} for a role or organisation beyond the caller's reach
     * @throws InvalidInputException naming each invalid field (format, unknown organisation, password policy,
     *                               a mediator code not of an active mediator of the center)
     * @throws ConflictException     {@code account.usernameTaken}, {@code account.mediatorHasAccount}
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ, Role.CENTER})
    public AccountView createAccount(NewAccount n) {
        Caller caller = caller();
        List<FieldError> errors = new ArrayList<>();
        if (n.role() == null) {
            errors.add(new FieldError("role", "validation.required"));
        }
        String org = n.organizationCode() == null ? null : n.organizationCode().strip();
        if (n.role() != null && AccountPolicy.organizationOf(n.role()) != AccountPolicy.OrganizationKind.NONE
                && (org == null || org.isEmpty())) {
            errors.add(new FieldError("organizationCode", "validation.required"));
        }
        if (errors.isEmpty()) {
            AccountPolicy.refusal(caller.role(), caller.orgCode(), n.role(), org).ifPresent(code -> {
                throw new ForbiddenException(code);
            });
        }
        String username = n.username() == null ? null : n.username().strip();
        if (username == null || username.isEmpty()) {
            errors.add(new FieldError("username", "validation.required"));
        } else if (!username.matches(PartyAccountService.USERNAME_PATTERN)) {
            errors.add(new FieldError("username", "account.usernameFormat"));
        }
        checkContact(errors, n.displayName(), n.email(), n.phone());
        PasswordPolicy.shipped().refusal(username, n.initialPassword())
                .ifPresent(key -> errors.add(new FieldError("initialPassword", key, PasswordPolicy.MIN_LENGTH)));
        String mediator = n.mediatorCode() == null || n.mediatorCode().isBlank() ? null : n.mediatorCode().strip();
        if (n.role() == Role.MEDIATOR && mediator == null) {
            errors.add(new FieldError("mediatorCode", "validation.required"));
        } else if (n.role() != null && n.role() != Role.MEDIATOR && mediator != null) {
            errors.add(new FieldError("mediatorCode", "account.mediatorCodeOnlyForMediators"));
        }
        if (errors.isEmpty() && !organizationExists(n.role(), org)) {
            errors.add(new FieldError("organizationCode", "account.organizationUnknown", org));
        }
        if (errors.isEmpty() && mediator != null && !activeMediatorOf(mediator, org)) {
            errors.add(new FieldError("mediatorCode", "account.mediatorNotOnRoster", mediator));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (byUsername(username) != null) {
            throw new ConflictException("account.usernameTaken", username);
        }
        if (mediator != null && !em.createNamedQuery("UserAccount.byMediator", UserAccount.class)
                .setParameter("mediatorCode", mediator).getResultList().isEmpty()) {
            throw new ConflictException("account.mediatorHasAccount", mediator);
        }
        UserAccount a = UserAccount.issued(username, passwords.hash(n.initialPassword()), n.displayName().strip(),
                n.role(), org, mediator, blankToNull(n.email()), blankToNull(n.phone()));
        em.persist(a);
        em.flush();
        return AccountView.of(a);
    }

    /**
     * Edits the name and contact details of an account within reach and activates or deactivates it; a deactivated
     * account can no longer log in (its remembered API credential is forgotten at once).
     *
     * @throws NotFoundException     {@code account.notFound} when none within reach has the username
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     {@code account.staleVersion}; {@code account.mediatorNotActive} when activating
     *                               the account of a mediator who is no longer active on the roster
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ, Role.CENTER})
    public AccountView updateAccount(String username, AccountEdit e) {
        List<FieldError> errors = new ArrayList<>();
        checkContact(errors, e.displayName(), e.email(), e.phone());
        if (e.active() == null) {
            errors.add(new FieldError("active", "validation.required"));
        }
        if (e.version() == null) {
            errors.add(new FieldError("version", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount a = managed(username);
        if (a.version() != e.version()) {
            throw new ConflictException("account.staleVersion", a.username());
        }
        if (e.active() && !a.active() && a.role() == Role.MEDIATOR && !activeMediatorOf(a.refId(), a.orgCode())) {
            throw new ConflictException("account.mediatorNotActive", a.refId());
        }
        a.update(e.displayName().strip(), blankToNull(e.email()), blankToNull(e.phone()), e.active());
        em.flush();
        callers.changed();
        if (!a.active()) {
            credentials.forget(a.username());
        }
        return AccountView.of(a);
    }

    /**
     * Gives an account within reach a new initial password, to be changed at its next login.
     *
     * @throws NotFoundException     {@code account.notFound} when none within reach has the username
     * @throws InvalidInputException on {@code initialPassword} when it fails the password policy
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ, Role.CENTER})
    public AccountView resetPassword(String username, String initialPassword) {
        UserAccount a = managed(username);
        PasswordPolicy.shipped().refusal(a.username(), initialPassword).ifPresent(key -> {
            throw new InvalidInputException("initialPassword", key, PasswordPolicy.MIN_LENGTH);
        });
        a.resetPassword(passwords.hash(initialPassword));
        em.flush();
        credentials.forget(a.username());
        return AccountView.of(a);
    }

    /**
     * The caller changes its own password (also, and only, while it must change it: issue 13 §1). Any logged-in
     * account, parties included.
     *
     * @throws InvalidInputException on {@code currentPassword} when it is wrong, on {@code newPassword} when it fails
     *                               the policy or equals the current one
     */
    @PermitAll
    public AccountView changeOwnPassword(String currentPassword, String newPassword) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        UserAccount a = name == null ? null : byUsername(name);
        if (a == null) {
            throw new NotFoundException("identity.unknownCaller");
        }
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "validation.required"));
        } else if (!passwords.verify(currentPassword, a.passwordHash())) {
            errors.add(new FieldError("currentPassword", "account.currentPasswordWrong"));
        }
        PasswordPolicy.shipped().refusal(a.username(), newPassword)
                .ifPresent(key -> errors.add(new FieldError("newPassword", key, PasswordPolicy.MIN_LENGTH)));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "password.unchanged"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        a.changePassword(passwords.hash(newPassword));
        em.flush();
        credentials.forget(a.username());
        return AccountView.of(a);
    }

    /**
     * Deactivates the account of a mediator who left the roster (called with the exit, in its transaction).
     *
     * @return how many accounts were deactivated
     */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public int deactivateMediatorAccounts(String mediatorCode) {
        int n = 0;
        for (UserAccount a : em.createNamedQuery("UserAccount.byMediator", UserAccount.class)
                .setParameter("mediatorCode", mediatorCode).getResultList()) {
            if (a.active()) {
                a.deactivate();
                credentials.forget(a.username());
                n++;
            }
        }
        return n;
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }

    /** The account {@code username} if the caller may administer it, else 404 (no hint that it exists). */
    private UserAccount managed(String username) {
        Caller caller = caller();
        UserAccount a = username == null ? null : byUsername(username.strip());
        if (a == null || !AccountPolicy.mayManage(caller.role(), caller.orgCode(), a.role(), a.orgCode())) {
            throw new NotFoundException("account.notFound", username);
        }
        return a;
    }

    private UserAccount byUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private static void checkContact(List<FieldError> errors, String displayName, String email, String phone) {
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "validation.required"));
        } else if (displayName.strip().length() > 120) {
            errors.add(new FieldError("displayName", "validation.size", 1, 120));
        } else if (SafeText.isUnsafe(displayName)) {
            errors.add(new FieldError("displayName", "validation.controlCharacters"));
        }
        if (email != null && !email.isBlank() && (email.strip().length() > 200 || !email.strip().matches(EMAIL))) {
            errors.add(new FieldError("email", "validation.email"));
        }
        if (phone != null && !phone.isBlank() && !phone.strip().matches(PHONE)) {
            errors.add(new FieldError("phone", "account.phoneFormat"));
        }
    }

    private boolean organizationExists(Role role, String code) {
        return switch (AccountPolicy.organizationOf(role)) {
            case COURT -> count("select count(c) from Court c where c.code = :code", code) > 0;
            case HQ -> AccountPolicy.HQ_CENTER.equals(code)
                    && count("select count(c) from MediationCenter c where c.code = :code", code) > 0;
            case CENTER -> count("select count(c) from MediationCenter c where c.code = :code", code) > 0;
            case NONE -> true;
        };
    }

    private boolean activeMediatorOf(String mediatorCode, String centerCode) {
        return em.createQuery("select count(m) from Mediator m where m.code = :code and m.center.code = :center"
                        + " and m.status = :status", Long.class)
                .setParameter("code", mediatorCode).setParameter("center", centerCode)
                .setParameter("status", MediatorStatus.ACTIVE).getSingleResult() > 0;
    }

    private long count(String jpql, String code) {
        return em.createQuery(jpql, Long.class).setParameter("code", code).getSingleResult();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
