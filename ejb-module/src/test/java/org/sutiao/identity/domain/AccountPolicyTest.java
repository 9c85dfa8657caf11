package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every pair of roles: who may create and administer whose account (issue 13 §1). */
class AccountPolicyTest {
    private static final String BJ = "CCPIT-L-BJ";

    /** The organisation an account of {@code role} would have in the test (a center admin's is Beijing). */
    private static String org(Role role) {
        return switch (AccountPolicy.organizationOf(role)) {
            case COURT -> "BJ-B-0105";
            case HQ -> AccountPolicy.HQ_CENTER;
            case CENTER -> BJ;
            case NONE -> null;
        };
    }

    @Test
    void exactlyTheIssuesPairsAreAllowedAndEveryOtherPairIsBeyondReach() {
        Set<String> allowed = Set.of("OPERATOR→COURT_CLERK", "OPERATOR→COURT_SUPERVISOR", "OPERATOR→COURT_SYSTEM",
                "OPERATOR→HQ_ADMIN", "HQ_ADMIN→CENTER_ADMIN", "CENTER_ADMIN→MEDIATOR");
        List<String> seen = new ArrayList<>();
        for (Role actor : Role.values()) {
            for (Role target : Role.values()) {
                boolean may = AccountPolicy.mayManage(actor, org(actor), target, org(target));
                String pair = actor + "→" + target;
                assertEquals(allowed.contains(pair), may, pair);
                if (!may) {
                    assertEquals("account.beyondReach",
                            AccountPolicy.refusal(actor, org(actor), target, org(target)).orElseThrow(), pair);
                } else {
                    seen.add(pair);
                }
            }
        }
        assertEquals(allowed.size(), seen.size());
    }

    @Test
    void nobodyCreatesOperatorsOrPartiesOrAccountsOfTheirOwnRole() {
        for (Role actor : Role.values()) {
            Set<Role> reach = AccountPolicy.manageableRoles(actor);
            assertFalse(reach.contains(Role.OPERATOR), actor + " creates operators");
            assertFalse(reach.contains(Role.PARTY), actor + " creates parties");
            assertFalse(reach.contains(actor), actor + " creates its own role");
        }
    }

    @Test
    void aCenterAdminManagesOnlyItsOwnCentersMediators() {
        assertTrue(AccountPolicy.mayManage(Role.CENTER_ADMIN, BJ, Role.MEDIATOR, BJ));
        assertFalse(AccountPolicy.mayManage(Role.CENTER_ADMIN, BJ, Role.MEDIATOR, "CCPIT-L-ZJ"));
        assertFalse(AccountPolicy.mayManage(Role.CENTER_ADMIN, null, Role.MEDIATOR, null));
        assertTrue(AccountPolicy.mayManage(Role.HQ_ADMIN, AccountPolicy.HQ_CENTER, Role.CENTER_ADMIN, "CCPIT-L-ZJ"),
                "HQ reaches every center");
        assertFalse(AccountPolicy.mayManage(null, null, Role.MEDIATOR, BJ));
    }

    @Test
    void eachRoleBelongsToAKindOfOrganisation() {
        assertEquals(AccountPolicy.OrganizationKind.COURT, AccountPolicy.organizationOf(Role.COURT_SYSTEM));
        assertEquals(AccountPolicy.OrganizationKind.HQ, AccountPolicy.organizationOf(Role.HQ_ADMIN));
        assertEquals(AccountPolicy.OrganizationKind.CENTER, AccountPolicy.organizationOf(Role.MEDIATOR));
        assertEquals(AccountPolicy.OrganizationKind.NONE, AccountPolicy.organizationOf(Role.OPERATOR));
    }
}
