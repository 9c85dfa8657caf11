package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.agreements.domain.SignerRole;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.application.InboxActions;
import org.sutiao.cases.application.CaseActions.Records;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.Money;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What waits for whom ({@link InboxActions}), over aggregates built as in the other domain tests; it lives beside
 * {@link Fixtures} to use them.
 */
class InboxActionsTest {
    private static final Instant LATER = Fixtures.PUSHED.plusSeconds(86_400);
    private static final DueDate DUE = new DueDate(LocalDate.of(2026, 2, 12), false);
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    private static final org.sutiao.calendar.domain.WorkingDayCalendar CALENDAR =
            org.sutiao.calendar.domain.ShippedCalendar.load();

    private static MediationCase inMediation(ReferralKind kind) {
        MediationCase c = MediationCase.referByCourt(kind, Fixtures.COURT, "(2026)京0105民初1873号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实",
                        Fixtures.PUSHED.minusSeconds(3600)),
                Fixtures.BJ, Fixtures.PUSHED, new DueDate(LocalDate.of(2026, 1, 15), false), Fixtures.CLERK);
        party(c, PartyRole.APPLICANT, "北京卓衡办公设备有限公司", 11L);
        party(c, PartyRole.RESPONDENT, "上海澄川贸易有限公司", 12L);
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, DUE, Fixtures.CENTER);
        return c;
    }

    private static void party(MediationCase c, PartyRole role, String name, Long id) {
        Party p = c.addParty(new PartyDetails(role, PartyType.LEGAL_PERSON, name, "CN", null, null, null, null, null,
                null, null, null, null, null, null, null, null));
        try {
            Field f = IdentifiedEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(p, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Records disclosed(Disclosure d) {
        return new Records(d, null, null, null, null, List.of(), null, null, null);
    }

    private static Agreement agreement(MediationCase c, AgreementScope scope) {
        return new Agreement(c, new AgreementContent(scope, List.of(), "事实", "条款", List.of()), new byte[]{1},
                "ab", false, LATER, "med.m0009");
    }

    private static Records withAgreement(Disclosure d, Agreement a, List<AgreementSignature> signatures,
                                         JudicialConfirmation j, MediationDocument doc, LocalDate applyBy) {
        return new Records(d, null, null, null, a, signatures, j, doc, applyBy);
    }

    /** Settles the case with every party's, the mediator's and the center's signature. */
    private static Agreement settle(MediationCase c, AgreementScope scope) {
        Agreement a = agreement(c, scope);
        a.takeEffect(LATER, TODAY);
        c.settle(scope, "北京调解中心", LATER, Fixtures.CENTER);
        return a;
    }

    @Test
    void theCenterAcceptsOrDeclinesAndTheCourtRefersADeclinedOrLapsedCaseAgain() {
        MediationCase pending = Fixtures.referred();
        assertEquals(List.of(InboxAction.ACCEPT_OR_DECLINE), InboxActions.forCenter(pending, Records.NONE));
        Instant lastSecond = Instant.parse("2026-01-15T15:59:59Z");
        assertEquals(List.of(), InboxActions.forCourt(pending, Records.NONE, lastSecond),
                "on time (23:59:59 Beijing of the due date): the center acts");
        assertEquals(List.of(InboxAction.REFER_AGAIN), InboxActions.forCourt(pending, Records.NONE,
                lastSecond.plusSeconds(1)), "lapsed at 24:00 Beijing of the due date, before any timer marked it");
        assertFalse(pending.acceptanceOverdue(), "the timer has not run");
        pending.markAcceptanceOverdue(LATER.plusSeconds(86_400 * 7));
        assertEquals(List.of(InboxAction.REFER_AGAIN), InboxActions.forCourt(pending, Records.NONE,
                LATER.plusSeconds(86_400 * 7)));
        assertEquals(LocalDate.of(2026, 1, 15), InboxActions.dueDate(InboxAction.REFER_AGAIN, pending, Records.NONE));

        MediationCase declined = Fixtures.referred();
        declined.decline(DeclineReasonCode.NO_CAPACITY, "人手不足", LATER, Fixtures.CENTER);
        assertEquals(List.of(InboxAction.REFER_AGAIN), InboxActions.forCourt(declined, Records.NONE, LATER));
        assertEquals(List.of(), InboxActions.forCenter(declined, Records.NONE));
    }

    @Test
    void theMediatorDisclosesFirstAndMediatesOnceEveryPartyAgreed() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Party applicant = c.parties().get(0);
        Party respondent = c.parties().get(1);
        assertEquals(List.of(InboxAction.DISCLOSE), InboxActions.forMediator(c, Records.NONE));
        assertEquals(DUE.date(), InboxActions.dueDate(InboxAction.DISCLOSE, c, Records.NONE));
        assertEquals(List.of(), InboxActions.forParty(c, applicant, Records.NONE, TODAY), "nothing for the parties yet");

        Disclosure d = c.disclose(true, "曾代理申请人", LATER, Fixtures.CENTER);
        assertEquals(List.of(), InboxActions.forMediator(c, disclosed(d)), "the parties answer first");
        assertEquals(List.of(InboxAction.ANSWER_DISCLOSURE), InboxActions.forParty(c, applicant, disclosed(d), TODAY));
        c.answerDisclosure(d, applicant, true, LATER, Fixtures.CENTER);
        assertEquals(List.of(), InboxActions.forParty(c, applicant, disclosed(d), TODAY), "answered");
        assertEquals(List.of(InboxAction.ANSWER_DISCLOSURE), InboxActions.forParty(c, respondent, disclosed(d), TODAY));
        c.answerDisclosure(d, respondent, true, LATER, Fixtures.CENTER);
        assertEquals(List.of(InboxAction.MEDIATE), InboxActions.forMediator(c, disclosed(d)));
    }

    @Test
    void aRefusedDisclosureLeavesNothingToTheMediatorNorToTheOtherParty() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Disclosure d = c.disclose(true, "曾代理申请人", LATER, Fixtures.CENTER);
        c.answerDisclosure(d, c.parties().get(0), false, LATER, Fixtures.CENTER);
        assertEquals(List.of(), InboxActions.forMediator(c, disclosed(d)), "the center replaces the mediator");
        assertEquals(List.of(), InboxActions.forParty(c, c.parties().get(1), disclosed(d), TODAY));
    }

    @Test
    void aSuspensionIsEndedByTheMediatorAndAnExtensionConsentedByEachParty() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Disclosure d = c.disclose(false, null, LATER, Fixtures.CENTER);
        Extension e = c.proposeExtension(LocalDate.of(2026, 3, 2), "需要补充证据", LATER, Fixtures.CENTER);
        c.consentExtension(e, c.parties().get(0), false, null, () -> DUE, LATER, Fixtures.CENTER);
        Records r = new Records(d, e, null, null, null, List.of(), null, null, null);
        assertEquals(List.of(), InboxActions.forParty(c, c.parties().get(0), r, TODAY), "consented");
        assertEquals(List.of(InboxAction.CONSENT_TO_EXTENSION), InboxActions.forParty(c, c.parties().get(1), r, TODAY));

        c.suspend("鉴定机构", "价值鉴定", LocalDate.of(2026, 1, 20), Instant.parse("2026-01-20T02:00:00Z"), Fixtures.CENTER);
        assertEquals(List.of(InboxAction.END_SUSPENSION), InboxActions.forMediator(c, r));
    }

    @Test
    void eachSignerWhoseSignatureOfTheCurrentRevisionIsMissingSigns() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Disclosure d = c.disclose(false, null, LATER, Fixtures.CENTER);
        Agreement a = agreement(c, AgreementScope.FULL);
        Party applicant = c.parties().get(0);
        AgreementSignature signed = new AgreementSignature(a, SignerRole.PARTY, applicant.id(), "party.c01.applicant",
                applicant.name(), LATER);
        Records r = withAgreement(d, a, List.of(signed), null, null, null);
        assertEquals(List.of(), InboxActions.forParty(c, applicant, r, TODAY));
        assertEquals(List.of(InboxAction.SIGN_AGREEMENT), InboxActions.forParty(c, c.parties().get(1), r, TODAY));
        assertEquals(List.of(InboxAction.SIGN_AGREEMENT), InboxActions.forMediator(c, r));

        a.revise(new AgreementContent(AgreementScope.FULL, List.of(), "事实", "新条款", List.of()), new byte[]{2}, "cd",
                false, LATER, "med.m0009");
        assertEquals(List.of(InboxAction.SIGN_AGREEMENT), InboxActions.forParty(c, applicant, r, TODAY),
                "a signature of an earlier revision no longer counts");
        AgreementSignature mediator = new AgreementSignature(a, SignerRole.MEDIATOR, null, "med.m0009", "调解员M0009",
                LATER);
        assertEquals(List.of(InboxAction.MEDIATE),
                InboxActions.forMediator(c, withAgreement(d, a, List.of(mediator), null, null, null)));
    }

    @Test
    void aFailedMediationsReportIsWrittenByTheMediatorThenAcknowledgedByTheCourt() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        c.fail(FailureReason.PARTY_REFUSED, "拒绝继续", LATER, Fixtures.CENTER);
        LocalDate reportDue = LocalDate.of(2026, 1, 16);
        Records none = new Records(null, null, null, reportDue, null, List.of(), null, null, null);
        assertEquals(List.of(InboxAction.WRITE_FAILURE_REPORT), InboxActions.forMediator(c, none));
        assertEquals(reportDue, InboxActions.dueDate(InboxAction.WRITE_FAILURE_REPORT, c, none));
        assertEquals(List.of(), InboxActions.forCourt(c, none, LATER), "no report yet");

        FailureReport report = c.reportFailure("情况", "原因", List.of(), "无", false, LATER, Fixtures.CENTER);
        Records reported = new Records(null, null, report, null, null, List.of(), null, null, null);
        assertEquals(List.of(), InboxActions.forMediator(c, reported));
        assertEquals(List.of(InboxAction.ACKNOWLEDGE_FAILURE_REPORT), InboxActions.forCourt(c, reported, LATER));
    }

    @Test
    void aPartialSettlementsUnsettledClaimsAreReportedAndAcknowledged() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Agreement a = settle(c, AgreementScope.PARTIAL);
        Records settled = withAgreement(null, a, List.of(), null, null, TODAY.plusDays(30));
        assertEquals(List.of(InboxAction.WRITE_FAILURE_REPORT), InboxActions.forMediator(c, settled));

        FailureReport report = c.reportFailure("情况", "违约金部分未达成", List.of(), "无", false, LATER,
                Fixtures.CENTER);
        Records reported = new Records(null, null, report, null, a, List.of(), null, null, TODAY.plusDays(30));
        assertEquals(List.of(), InboxActions.forMediator(c, reported));
        assertEquals(List.of(InboxAction.ACKNOWLEDGE_FAILURE_REPORT), InboxActions.forCourt(c, reported, LATER));
        c.acknowledgeFailureReport(report, CourtAction.CASE_REGISTERED, "(2026)京0105民初2001号", LATER, Fixtures.CLERK);
        assertEquals(CaseStatus.SETTLED, c.status());
        assertEquals(List.of(), InboxActions.forCourt(c, reported, LATER));
        assertEquals(List.of(InboxAction.APPLY_FOR_CONFIRMATION),
                InboxActions.forParty(c, c.parties().get(0), reported, TODAY), "the settled part goes on");

        MediationCase full = inMediation(ReferralKind.DELEGATED);
        settle(full, AgreementScope.FULL);
        assertEquals(List.of(), InboxActions.forMediator(full, Records.NONE), "nothing to report on a full settlement");
    }

    @Test
    void theJudicialConfirmationIsAppliedForWithinTheWindowThenRuledOn() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Agreement a = settle(c, AgreementScope.FULL);
        Party applicant = c.parties().get(0);
        LocalDate applyBy = TODAY.plusDays(30);
        Records open = withAgreement(null, a, List.of(), null, null, applyBy);
        assertEquals(List.of(InboxAction.APPLY_FOR_CONFIRMATION), InboxActions.forParty(c, applicant, open, TODAY));
        assertEquals(applyBy, InboxActions.dueDate(InboxAction.APPLY_FOR_CONFIRMATION, c, open));
        assertEquals(List.of(), InboxActions.forParty(c, applicant, open, applyBy.plusDays(1)), "the window closed");

        JudicialConfirmation j = new JudicialConfirmation(c, Fixtures.COURT);
        Set<Long> all = Set.of(11L, 12L);
        j.join(applicant.id(), all, LATER, TODAY, CALENDAR);
        Records joining = withAgreement(null, a, List.of(), j, null, applyBy);
        assertEquals(List.of(), InboxActions.forParty(c, applicant, joining, TODAY), "joined");
        assertEquals(List.of(InboxAction.APPLY_FOR_CONFIRMATION),
                InboxActions.forParty(c, c.parties().get(1), joining, TODAY));
        assertEquals(List.of(), InboxActions.forCourt(c, joining, LATER));
        j.join(12L, all, LATER, TODAY, CALENDAR);
        assertEquals(List.of(InboxAction.RULE_ON_CONFIRMATION), InboxActions.forCourt(c, joining, LATER));
        assertEquals(TODAY.plusDays(JudicialConfirmation.REVIEW_DAYS),
                InboxActions.dueDate(InboxAction.RULE_ON_CONFIRMATION, c, joining));
    }

    @Test
    void anEntrustedCasesMediationDocumentIsRequestedIssuedAndReceived() {
        MediationCase c = inMediation(ReferralKind.ENTRUSTED);
        Agreement a = settle(c, AgreementScope.FULL);
        Party applicant = c.parties().get(0);
        Records none = withAgreement(null, a, List.of(), null, null, TODAY.plusDays(30));
        assertEquals(List.of(InboxAction.REQUEST_MEDIATION_DOCUMENT), InboxActions.forParty(c, applicant, none, TODAY));

        MediationDocument doc = new MediationDocument(c, LATER, "party.c01.applicant");
        Records requested = withAgreement(null, a, List.of(), null, doc, TODAY.plusDays(30));
        assertEquals(List.of(), InboxActions.forParty(c, applicant, requested, TODAY));
        assertEquals(List.of(InboxAction.ISSUE_MEDIATION_DOCUMENT), InboxActions.forCourt(c, requested, LATER));
        doc.issue("(2026)京0105民初1873号", 99L, LATER);
        assertEquals(List.of(), InboxActions.forCourt(c, requested, LATER));
        doc.receive(applicant.id(), Set.of(11L, 12L), LATER);
        assertEquals(List.of(), InboxActions.forParty(c, applicant, requested, TODAY), "received");
        assertEquals(List.of(InboxAction.ACKNOWLEDGE_RECEIPT),
                InboxActions.forParty(c, c.parties().get(1), requested, TODAY));
    }

    @Test
    void aRespondentAnswersADirectApplicationAndItsApplicantReadsTheFailureReport() {
        MediationCase c = MediationCase.applyDirectly("qimu", new CaseParticulars("商标使用许可合同纠纷", "知识产权",
                Money.of("800000.00", "CNY"), "事实", Fixtures.PUSHED), Fixtures.BJ, Fixtures.PUSHED,
                new DueDate(LocalDate.of(2026, 1, 15), false), Fixtures.CLERK);
        party(c, PartyRole.APPLICANT, "深圳市栖木家居品牌管理有限公司", 21L);
        party(c, PartyRole.RESPONDENT, "东莞市木语家具制造有限公司", 22L);
        Party applicant = c.parties().get(0);
        Party respondent = c.parties().get(1);
        assertEquals(List.of(InboxAction.ACCEPT_OR_DECLINE), InboxActions.forCenter(c, Records.NONE));
        c.acceptApplication(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER,
                new DueDate(LocalDate.of(2026, 1, 16), false), Fixtures.CENTER, null);
        assertEquals(List.of(InboxAction.ANSWER_APPLICATION), InboxActions.forParty(c, respondent, Records.NONE, TODAY));
        assertEquals(LocalDate.of(2026, 1, 16), InboxActions.dueDate(InboxAction.ANSWER_APPLICATION, c, Records.NONE));
        assertEquals(List.of(), InboxActions.forParty(c, applicant, Records.NONE, TODAY), "the applicant waits");
        c.answerApplication(respondent, true, null, LATER, () -> DUE, Fixtures.CENTER);
        assertEquals(List.of(), InboxActions.forParty(c, respondent, Records.NONE, TODAY), "answered");

        c.fail(FailureReason.PARTY_REFUSED, "被申请人拒绝继续调解", LATER, Fixtures.CENTER);
        FailureReport report = c.reportFailure("情况", "原因", List.of(), "无", false, LATER, Fixtures.CENTER);
        Records r = new Records(null, null, report, null, null, List.of(), null, null, null);
        assertEquals(List.of(InboxAction.READ_FAILURE_REPORT), InboxActions.forParty(c, applicant, r, TODAY));
        assertEquals(List.of(), InboxActions.forParty(c, respondent, r, TODAY), "only the applicant is told how to file");
    }

    @Test
    void theCenterSealsTheAgreementOnceWhileItIsBeingSigned() {
        MediationCase c = inMediation(ReferralKind.DELEGATED);
        Disclosure d = c.disclose(false, null, LATER, Fixtures.CENTER);
        Agreement a = agreement(c, AgreementScope.FULL);
        assertEquals(List.of(InboxAction.SEAL_AGREEMENT),
                InboxActions.forCenter(c, withAgreement(d, a, List.of(), null, null, null)));
        AgreementSignature seal = new AgreementSignature(a, SignerRole.CENTER, null, "ctr.bj.admin", "北京调解中心", LATER);
        assertEquals(List.of(), InboxActions.forCenter(c, withAgreement(d, a, List.of(seal), null, null, null)));
    }
}
