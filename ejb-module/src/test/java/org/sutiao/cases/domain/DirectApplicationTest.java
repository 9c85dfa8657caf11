package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of a direct application (notice 法办〔2024〕623号 §4(4)5; 在线调解规则 Art. 15). */
class DirectApplicationTest {
    private static final Instant APPLIED = Instant.parse("2026-08-03T05:15:00Z");
    private static final Instant LATER = APPLIED.plusSeconds(86_400);
    private static final DueDate ACCEPT_BY = new DueDate(LocalDate.of(2026, 8, 6), false);
    private static final DueDate CONSENT_BY = new DueDate(LocalDate.of(2026, 8, 7), false);
    private static final DueDate MEDIATE_BY = new DueDate(LocalDate.of(2026, 9, 7), false);
    private static final Actor APPLICANT = new Actor("qimu", "深圳市栖木家居品牌管理有限公司");

    private static MediationCase applied(int respondents) {
        MediationCase c = MediationCase.applyDirectly("qimu", new CaseParticulars("商标使用许可合同纠纷", "知识产权",
                Money.of("800000.00", "CNY"), "事实", APPLIED), Fixtures.BJ, APPLIED, ACCEPT_BY, APPLICANT);
        c.addParty(company(PartyRole.APPLICANT, "深圳市栖木家居品牌管理有限公司", "91440305MAX9WMB69M"));
        for (int i = 0; i < respondents; i++) {
            c.addParty(company(PartyRole.RESPONDENT, "东莞市木语家具制造有限公司" + i, "91441900MA6HPDFW26"));
        }
        return c;
    }

    private static PartyDetails company(PartyRole role, String name, String code) {
        return new PartyDetails(role, PartyType.LEGAL_PERSON, name, "CN", code, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static MediationCase accepted(int respondents) {
        MediationCase c = applied(respondents);
        c.acceptApplication(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, CONSENT_BY,
                Fixtures.CENTER, null);
        return c;
    }

    private static Party respondent(MediationCase c, int i) {
        return c.parties().stream().filter(p -> p.role() == PartyRole.RESPONDENT).skip(i).findFirst().orElseThrow();
    }

    @Test
    void anApplicationHasNoCourtAndWaitsForTheCentersDecision() {
        MediationCase c = applied(1);
        assertEquals(CaseSource.DIRECT_APPLICATION, c.source());
        assertNull(c.referringCourt());
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
        assertEquals(LocalDate.of(2026, 8, 6), c.acceptanceDueDate());
        assertEquals(EventType.APPLIED, c.events().get(0).type());
        assertEquals(ReferralKind.DELEGATED, c.periodRuleKind(), "the 30-day rule of notice §4(4)3 applies");
    }

    @Test
    void theCenterAcceptsWithAMediatorAndTheRespondentsAreAskedBeforeMediationStarts() {
        MediationCase c = applied(1);
        assertThrows(IllegalTransitionException.class, () -> c.accept(Fixtures.mediator("M0009", Fixtures.BJ,
                MediatorStatus.ACTIVE), LATER, MEDIATE_BY, Fixtures.CENTER), "not the referral's acceptance");
        c.acceptApplication(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, CONSENT_BY,
                Fixtures.CENTER, null);
        assertEquals(CaseStatus.PENDING_CONSENT, c.status());
        assertEquals(LocalDate.of(2026, 8, 7), c.consentDueDate());
        assertNull(c.mediationDueDate(), "the period starts with the consent");
        assertThrows(IllegalTransitionException.class, () -> Fixtures.referred().acceptApplication(
                Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, CONSENT_BY, Fixtures.CENTER,
                null), "a referral is not a direct application");
    }

    @Test
    void mediationStartsWhenTheLastRespondentConsents() {
        MediationCase c = accepted(2);
        AtomicInteger asked = new AtomicInteger();
        assertFalse(c.answerApplication(respondent(c, 0), true, null, LATER, () -> {
            asked.incrementAndGet();
            return MEDIATE_BY;
        }, Fixtures.CENTER));
        assertEquals(CaseStatus.PENDING_CONSENT, c.status());
        assertEquals(0, asked.get(), "no period until everyone consented");
        assertThrows(ConflictException.class, () -> c.answerApplication(respondent(c, 0), true, null, LATER,
                () -> MEDIATE_BY, Fixtures.CENTER), "one answer per respondent");
        assertTrue(c.answerApplication(respondent(c, 1), true, null, LATER, () -> MEDIATE_BY, Fixtures.CENTER));
        assertEquals(CaseStatus.IN_MEDIATION, c.status());
        assertEquals(LocalDate.of(2026, 9, 7), c.mediationDueDate());
        assertEquals(2, c.events().stream().filter(e -> e.type() == EventType.RESPONDENT_CONSENTED).count());
    }

    @Test
    void aRefusalNeedsAReasonAndEndsTheApplication() {
        MediationCase c = accepted(1);
        Party applicant = c.parties().get(0);
        assertThrows(ConflictException.class, () -> c.answerApplication(applicant, true, null, LATER,
                () -> MEDIATE_BY, Fixtures.CENTER), "the applicant does not answer");
        assertThrows(InvalidInputException.class, () -> c.answerApplication(respondent(c, 0), false, " ", LATER,
                () -> MEDIATE_BY, Fixtures.CENTER));
        assertNull(respondent(c, 0).consentAgreed(), "nothing half-written");
        assertFalse(c.answerApplication(respondent(c, 0), false, "已另行起诉", LATER, () -> MEDIATE_BY,
                Fixtures.CENTER));
        assertEquals(CaseStatus.CONSENT_REFUSED, c.status());
        assertEquals(FailureReason.RESPONDENT_REFUSED, c.failureReasonCode());
        assertTrue(c.failureReason().contains("已另行起诉"));
        assertFalse(c.lapseConsent(LATER), "nothing left to lapse");
    }

    @Test
    void noAnswerWithinThePeriodEndsTheApplicationNamingTheSilentRespondents() {
        MediationCase c = accepted(2);
        c.answerApplication(respondent(c, 0), true, null, LATER, () -> MEDIATE_BY, Fixtures.CENTER);
        assertTrue(c.lapseConsent(LATER));
        assertEquals(CaseStatus.CONSENT_REFUSED, c.status());
        assertEquals(FailureReason.RESPONDENT_NO_ANSWER, c.failureReasonCode());
        assertEquals("东莞市木语家具制造有限公司1", c.failureReason());
        assertEquals(EventType.CONSENT_LAPSED, c.events().get(c.events().size() - 1).type());
        assertThrows(IllegalTransitionException.class, () -> c.answerApplication(respondent(c, 1), true, null, LATER,
                () -> MEDIATE_BY, Fixtures.CENTER), "too late");
    }

    @Test
    void theApplicantMayWithdrawWhileTheRespondentsAreAskedARespondentRefusesInstead() {
        MediationCase c = accepted(1);
        assertThrows(ConflictException.class, () -> c.withdraw(respondent(c, 0), "不想调解", LATER, APPLICANT));
        assertEquals(CaseStatus.PENDING_CONSENT, c.status());
        c.withdraw(c.parties().get(0), "已和解", LATER, APPLICANT);
        assertEquals(CaseStatus.WITHDRAWN, c.status());
    }

    @Test
    void anAnswerAfterTheConsentPeriodIsRefusedEvenBeforeTheTimerRan() {
        MediationCase c = accepted(1);
        Instant dayAfter = LocalDate.of(2026, 8, 8).atStartOfDay(org.sutiao.shared.domain.BusinessTime.ZONE)
                .toInstant().plusSeconds(60);
        assertThrows(ConflictException.class, () -> c.answerApplication(respondent(c, 0), true, null, dayAfter,
                () -> MEDIATE_BY, Fixtures.CENTER));
        Instant lastMinute = LocalDate.of(2026, 8, 8).atStartOfDay(org.sutiao.shared.domain.BusinessTime.ZONE)
                .toInstant().minusSeconds(60);
        assertTrue(c.answerApplication(respondent(c, 0), true, null, lastMinute, () -> MEDIATE_BY, Fixtures.CENTER),
                "23:59 of the last day still counts");
    }

    @Test
    void aPartyIsActedForByItsOwnIdentityOrItsAgentsWhateverTheSpelling() {
        MediationCase c = applied(0);
        Party p = c.addParty(new PartyDetails(PartyRole.RESPONDENT, PartyType.LEGAL_PERSON, "东莞市木语家具制造有限公司",
                "CN", "91441900ma6hpdfw26", null, null, null, null, null, null, null, "叶伟强", null, null, null,
                "441900198001010016"));
        assertTrue(p.isActedForBy("91441900MA6HPDFW26"));
        assertTrue(p.isActedForBy("441900198001010016"), "the appointed agent");
        assertFalse(p.isActedForBy("91440305MAX9WMB69M"));
        assertFalse(p.isActedForBy(null), "an unconfirmed account acts for nobody");
    }

    @Test
    void aProvisionalConsentDueDateIsReplacedOnceAndOnlyWhileWaitingForConsent() {
        MediationCase c = applied(1);
        c.acceptApplication(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER,
                new DueDate(LocalDate.of(2027, 1, 5), true), Fixtures.CENTER, null);
        assertTrue(c.consentDueProvisional());
        assertTrue(c.recomputeConsentDue(new DueDate(LocalDate.of(2027, 1, 6), false), LATER));
        assertEquals(LocalDate.of(2027, 1, 6), c.consentDueDate());
        assertFalse(c.consentDueProvisional());
        assertEquals(EventType.DEADLINE_RECOMPUTED, c.events().get(c.events().size() - 1).type());
        assertFalse(c.recomputeConsentDue(new DueDate(LocalDate.of(2027, 1, 7), false), LATER), "no longer provisional");
        assertEquals(LocalDate.of(2027, 1, 6), c.consentDueDate());
    }

    @Test
    void anApplicationWhoseAcceptancePeriodLapsedCanNoLongerBeAccepted() {
        MediationCase c = applied(1);
        Instant lapsed = ACCEPT_BY.end();
        ConflictException e = assertThrows(ConflictException.class, () -> c.acceptApplication(
                Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), lapsed, CONSENT_BY, Fixtures.CENTER,
                null));
        assertEquals("acceptance.lapsedApplication", e.code());
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
    }
}
