package org.sutiao.identity.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who creates and administers which accounts (issue 13 §1), decided here only: an OPERATOR the court accounts (clerks,
 * supervisors, court systems) and the CCPIT HQ accounts; CCPIT HQ the center admin accounts; a center admin the
 * accounts of its own center's mediators. Nobody creates an account above their organisation's reach: no role
 * creates OPERATOR accounts (the first comes from the bootstrap), HQ no HQ accounts, a center no center accounts,
 * and PARTY accounts only register themselves. Administering (edit, deactivate, reset) follows the same reach.
 */
public final class AccountPolicy {
    /** The organisation an account of a role belongs to. */
    public enum OrganizationKind {
        /** a court code of the directory */
        COURT,
        /** the CCPIT HQ center ({@value #HQ_CENTER}) */
        HQ,
        /** any mediation center */
        CENTER,
        /** none (operators and parties) */
        NONE
    }

    /** The code of CCPIT HQ's own center, the organisation of HQ accounts. */
    public static final String HQ_CENTER = "CCPIT-HQ";

    private static final Map<Role, Set<Role>> REACH = Map.of(
            Role.OPERATOR, EnumSet.of(Role.COURT_CLERK, Role.COURT_SUPERVISOR, Role.COURT_SYSTEM, Role.HQ_ADMIN),
            Role.HQ_ADMIN, EnumSet.of(Role.CENTER_ADMIN),
            Role.CENTER_ADMIN, EnumSet.of(Role.MEDIATOR));

    private AccountPolicy() {
    }

    /** The roles whose accounts {@code actor} creates and administers (empty for the others). */
    public static Set<Role> manageableRoles(Role actor) {
        return REACH.getOrDefault(actor, Set.of());
    }

    /** The kind of organisation an account of {@code role} belongs to. */
    public static OrganizationKind organizationOf(Role role) {
        return switch (role) {
            case COURT_CLERK, COURT_SUPERVISOR, COURT_SYSTEM -> OrganizationKind.COURT;
            case HQ_ADMIN -> OrganizationKind.HQ;
            case CENTER_ADMIN, MEDIATOR -> OrganizationKind.CENTER;
            case OPERATOR, PARTY -> OrganizationKind.NONE;
        };
    }

    /**
     * Why {@code actor} of {@code actorOrg} may not create or administer an account of {@code target} in
     * {@code targetOrg}, or empty when it may: {@code account.beyondReach} for a role above its reach, and for a
     * center admin and a mediator of another center.
     */
    public static Optional<String> refusal(Role actor, String actorOrg, Role target, String targetOrg) {
        if (actor == null || target == null || !manageableRoles(actor).contains(target)) {
            return Optional.of("account.beyondReach");
        }
        if (actor == Role.CENTER_ADMIN && (actorOrg == null || !actorOrg.equals(targetOrg))) {
            return Optional.of("account.beyondReach");
        }
        return Optional.empty();
    }

    /** True when {@code actor} of {@code actorOrg} may administer the account of {@code target} in {@code targetOrg}. */
    public static boolean mayManage(Role actor, String actorOrg, Role target, String targetOrg) {
        return refusal(actor, actorOrg, target, targetOrg).isEmpty();
    }
}
