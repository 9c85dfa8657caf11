package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.identity.application.Caller;
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

    @ParameterizedTest
    @EnumSource(CasePart.class)
    void aFormerCenterReadsTheCasesDetailAndNothingElse(CasePart part) {
        assertEquals(part == CasePart.DETAIL, CaseReadPolicy.mayRead(CaseReadPolicy.Visibility.OWN_OFFERS, part),
                part.name());
        assertTrue(CaseReadPolicy.mayRead(FULL, part), part.name());
        assertEquals(!part.contentOnly(), CaseReadPolicy.mayRead(METADATA, part), part.name());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyACentersAdminKeepsTheCasesItDeclinedAndOnlyItsScopeHasThatBranch(Role role) {
        Caller caller = new Caller("u", "U", role, "CCPIT-L-BJ", "M-1", "ID-1", null, null, null);
        CaseScope scope = CaseScope.of(caller);
        assertEquals(role == Role.CENTER_ADMIN, CaseReadPolicy.keepsDeclinedOffers(role), role.name());
        assertEquals(CaseReadPolicy.keepsDeclinedOffers(role), scope.former() != null, role.name());
        if (scope.former() != null) {
            CaseScope former = scope.former();
            assertFalse(former.fullDetail(), "a former center never reads in full");
            // its own branch over the center's offers, not an OR with its own cases (index-served, V37)
            assertTrue(former.condition().contains("from CaseOffer fo where fo.center.id ="), former.condition());
            assertFalse(scope.condition().contains("CaseOffer"), scope.condition());
            for (OfferOutcome o : OfferOutcome.values()) {
                assertEquals(CaseReadPolicy.FORMER_OFFER_OUTCOMES.contains(o),
                        former.condition().contains("OfferOutcome." + o.name()), o.name());
            }
        }
    }

    @Test
    void aCenterKeepsTheOffersItDeclinedOrLetLapseNeverThoseItAcceptedOrStillHolds() {
        assertEquals(EnumSet.of(OfferOutcome.DECLINED, OfferOutcome.LAPSED), CaseReadPolicy.FORMER_OFFER_OUTCOMES);
    }
}
