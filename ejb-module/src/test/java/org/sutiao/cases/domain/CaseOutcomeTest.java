package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaseOutcomeTest {
    @Test
    void openCasesHaveNoOutcome() {
        for (CaseStatus s : new CaseStatus[]{CaseStatus.PENDING_ACCEPTANCE, CaseStatus.PENDING_CONSENT,
                CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED}) {
            assertNull(CaseOutcome.of(s, null, null), s.name());
        }
    }

    @Test
    void aSettlementIsFullOrPartialByTheAgreementsScope() {
        assertEquals(CaseOutcome.SETTLED_FULL, CaseOutcome.of(CaseStatus.SETTLED, AgreementScope.FULL, null));
        assertEquals(CaseOutcome.SETTLED_PARTIAL, CaseOutcome.of(CaseStatus.SETTLED, AgreementScope.PARTIAL, null));
        assertEquals(CaseOutcome.SETTLED_PARTIAL, CaseOutcome.of(CaseStatus.CLOSED, AgreementScope.PARTIAL, null),
                "a closed settlement keeps its scope");
    }

    @Test
    void aClosedCaseKeepsTheOutcomeItWasClosedFrom() {
        assertEquals(CaseOutcome.FAILED, CaseOutcome.of(CaseStatus.CLOSED, null, FailureReason.PERIOD_EXPIRED));
        assertEquals(CaseOutcome.CONSENT_REFUSED,
                CaseOutcome.of(CaseStatus.CLOSED, null, FailureReason.RESPONDENT_NO_ANSWER));
        assertEquals(CaseOutcome.FAILED, CaseOutcome.of(CaseStatus.FAILED, AgreementScope.PARTIAL,
                FailureReason.OTHER), "a settlement that failed afterwards counts as failed");
    }

    @Test
    void theOtherEndsAreTheirStatus() {
        assertEquals(CaseOutcome.WITHDRAWN, CaseOutcome.of(CaseStatus.WITHDRAWN, null, null));
        assertEquals(CaseOutcome.DECLINED, CaseOutcome.of(CaseStatus.DECLINED, null, null));
        assertEquals(CaseOutcome.CONSENT_REFUSED,
                CaseOutcome.of(CaseStatus.CONSENT_REFUSED, null, FailureReason.RESPONDENT_REFUSED));
    }
}
