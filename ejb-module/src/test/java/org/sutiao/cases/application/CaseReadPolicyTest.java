package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sutiao.identity.domain.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sutiao.cases.application.CaseReadPolicy.Visibility.FULL;
import static org.sutiao.cases.application.CaseReadPolicy.Visibility.METADATA;

class CaseReadPolicyTest {
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.HQ_ADMIN, Role.COURT_SUPERVISOR);

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheCasesOwnParticipantsReadInFullWithoutAGrant(Role role) {
        boolean participant = !OVERSIGHT.contains(role) && role != Role.OPERATOR;
        assertEquals(participant ? FULL : METADATA, CaseReadPolicy.visibility(role, false), role.name());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aGrantLiftsOnlyHqAndSupervisorsToFull(Role role) {
        CaseReadPolicy.Visibility withGrant = CaseReadPolicy.visibility(role, true);
        if (OVERSIGHT.contains(role)) {
            assertEquals(FULL, withGrant);
            assertTrue(CaseReadPolicy.mayRequestFullAccess(role));
        } else {
            assertEquals(CaseReadPolicy.visibility(role, false), withGrant, "a grant changes nothing for " + role);
            assertFalse(CaseReadPolicy.mayRequestFullAccess(role));
        }
    }

    @Test
    void operatorsNeverReadCaseContent() {
        assertEquals(METADATA, CaseReadPolicy.visibility(Role.OPERATOR, true));
    }

    @Test
    void documentsAndConfirmationsAreContentOnlyWhileTheCaseWorkspaceAndFeeHaveMetadata() {
        assertEquals(EnumSet.of(CasePart.MATERIAL, CasePart.AGREEMENT, CasePart.AGREEMENT_DOCUMENT,
                        CasePart.CONFIRMATION),
                EnumSet.copyOf(java.util.Arrays.stream(CasePart.values()).filter(CasePart::contentOnly).toList()));
        assertEquals("READ_CASE", CasePart.DETAIL.auditAction());
        assertEquals("READ_MATERIAL", CasePart.MATERIAL.auditAction());
    }
}
