package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.application.CaseActions;
import org.sutiao.cases.application.CaseActions.Records;
import org.sutiao.cases.application.CaseActions.Viewer;
import org.sutiao.cases.application.InboxActions;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.Money;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one decision of what a caller may do now ({@link CaseActions}), checked over every {@link CaseStatus}, every
 * role and its relation to the case (applicant, respondent, no party; full or metadata reading) and the record
 * states that change the answer, against the rules as the notice and the online mediation rules state them (not a
 * copy of the implementation); and against the aggregate's own preconditions, so the page never offers what the
 * service refuses. The inbox's indexed query ({@code CaseQueryService.decidedByStatus}) is checked against it too.
 */
class CaseActionsTest {
    private static final Instant ACCEPTED = Fixtures.PUSHED.plusSeconds(86_400);
    private static final Instant ON_TIME = Instant.parse("2026-01-14T02:00:00Z");
    private static final Instant LAPSED = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant SUSPENDED_AT = Instant.parse("2026-01-20T02:00:00Z");
    private static final DueDate DUE = new DueDate(LocalDate.of(2026, 2, 12), false);
    private static final LocalDate EFFECTIVE_ON = LocalDate.of(2026, 2, 1);
    private static final Instant AFTER_SETTLEMENT = Instant.parse("2026-02-03T02:00:00Z");

    /** A case and its records at one point of its life, and the instant the decision is asked at. */
    private record State(MediationCase c, Records r, Instant now) {
        Party applicant() {
            return c.parties().get(0);
        }

        Party respondent() {
            return c.parties().get(1);
        }
    }

    /** A named point of a case's life, built afresh on each call (the aggregate is mutable). */
    private record Scenario(String name, Supplier<State> build) {
    }

    private static final List<Scenario> SCENARIOS = scenarios();

    private static final Set<CaseStatus> RUNS = EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED);
    private static final Set<CaseStatus> BEFORE_CONSENT = EnumSet.of(CaseStatus.PENDING_ACCEPTANCE,
            CaseStatus.PENDING_CONSENT);
    private static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.CLOSED,
            CaseStatus.CONSENT_REFUSED);

    /** Every caller of the generated checks, by how they relate to the case. */
    private enum Who {
        CENTER, COURT, MEDIATOR, APPLICANT, RESPONDENT, NO_PARTY, HQ_METADATA, HQ_FULL, SUPERVISOR_METADATA, OPERATOR;

        Viewer viewer(State s) {
            return switch (this) {
                case CENTER -> Viewer.of(Role.CENTER_ADMIN);
                case COURT -> Viewer.of(Role.COURT_CLERK);
                case MEDIATOR -> Viewer.of(Role.MEDIATOR);
                case APPLICANT -> Viewer.party(s.applicant());
                case RESPONDENT -> Viewer.party(s.respondent());
                case NO_PARTY -> new Viewer(Role.PARTY, null, true);
                case HQ_METADATA -> new Viewer(Role.HQ_ADMIN, null, false);
                case HQ_FULL -> new Viewer(Role.HQ_ADMIN, null, true);
                case SUPERVISOR_METADATA -> new Viewer(Role.COURT_SUPERVISOR, null, false);
                case OPERATOR -> new Viewer(Role.OPERATOR, null, false);
            };
        }

        boolean party() {
            return this == APPLICANT || this == RESPONDENT;
        }
    }

    @Test
    void theScenariosCoverEveryStatus() {
        Set<CaseStatus> seen = EnumSet.noneOf(CaseStatus.class);
        SCENARIOS.forEach(s -> seen.add(s.build().get().c().status()));
        assertEquals(EnumSet.allOf(CaseStatus.class), seen);
    }

    @Test
    void eachActionIsOfferedOnlyToItsRoleAndInItsStatuses() {
        for (Scenario sc : SCENARIOS) {
            State s = sc.build().get();
            CaseStatus st = s.c().status();
            for (Who who : Who.values()) {
                List<CaseAction> offered = CaseActions.actions(s.c(), who.viewer(s), s.r(), s.now());
                String at = sc.name() + " / " + who + ": " + offered;
                assertEquals(offered.size(), set(offered).size(), "each action once: " + at);
                for (CaseAction a : offered) {
                    assertTrue(owners(a).contains(who), a + " is not " + who + "'s to take: " + at);
                    assertTrue(statuses(a).contains(st), a + " is not possible in " + st + ": " + at);
                }
                if (ENDED.contains(st)) {
                    assertTrue(offered.stream().allMatch(a -> a == CaseAction.OPEN_FULL_ACCESS
                                    || a == CaseAction.RATE_SATISFACTION),
                            "nothing to do on an ended case but rating it: " + at);
                }
                if (who == Who.NO_PARTY || who == Who.OPERATOR || who == Who.HQ_FULL) {
                    assertEquals(List.of(), offered, "a caller who is no participant does nothing: " + at);
                }
            }
        }
    }

    @Test
    void theRulesOfTheNoticeHoldAtEveryPointOfTheLifeCycle() {
        for (Scenario sc : SCENARIOS) {
            State s = sc.build().get();
            MediationCase c = s.c();
            CaseStatus st = c.status();
            boolean runs = RUNS.contains(st);
            boolean lapsed = st == CaseStatus.PENDING_ACCEPTANCE && c.acceptanceLapsed(s.now());
            for (Who who : Who.values()) {
                Set<CaseAction> offered = set(CaseActions.actions(c, who.viewer(s), s.r(), s.now()));
                String at = sc.name() + " / " + who + ": " + offered;
                // the center accepts only within the acceptance period; it may decline any pending case
                assertEquals(who == Who.CENTER && st == CaseStatus.PENDING_ACCEPTANCE && !lapsed,
                        offered.contains(CaseAction.ACCEPT), at);
                assertEquals(who == Who.CENTER && st == CaseStatus.PENDING_ACCEPTANCE,
                        offered.contains(CaseAction.DECLINE), at);
                // the court refers again a declined case or one whose acceptance period lapsed
                assertEquals(who == Who.COURT && (st == CaseStatus.DECLINED || lapsed),
                        offered.contains(CaseAction.REFER_AGAIN), at);
                // only the mediator ends mediation, discloses and suspends, only while mediation runs (Art. 13, 25)
                assertEquals(who == Who.MEDIATOR && runs, offered.contains(CaseAction.END_MEDIATION), at);
                assertEquals(who == Who.MEDIATOR && runs, offered.contains(CaseAction.DISCLOSE), at);
                assertEquals(who == Who.MEDIATOR && st == CaseStatus.IN_MEDIATION,
                        offered.contains(CaseAction.SUSPEND), at);
                assertEquals(who == Who.MEDIATOR && st == CaseStatus.SUSPENDED,
                        offered.contains(CaseAction.END_SUSPENSION), at);
                // one extension at a time: a proposal, or the written consents to the open one (Art. 24)
                assertEquals(who == Who.MEDIATOR && runs && s.r().openExtension() == null,
                        offered.contains(CaseAction.PROPOSE_EXTENSION), at);
                assertEquals(who == Who.MEDIATOR && runs && s.r().openExtension() != null,
                        offered.contains(CaseAction.RECORD_WRITTEN_CONSENT), at);
                // sessions only once the parties agreed after disclosure and no replacement is pending (Art. 13)
                if (offered.contains(CaseAction.SCHEDULE_SESSION)) {
                    Disclosure d = s.r().latestDisclosure();
                    assertTrue(d != null && d.mediator().equals(c.mediator()) && d.cleared()
                            && !c.replacementNeeded(), at);
                }
                // a party may ask for another mediator while mediation runs (Art. 14); the center replaces
                assertEquals(who.party() && runs, offered.contains(CaseAction.REQUEST_REPLACEMENT), at);
                assertEquals(who == Who.CENTER && runs, offered.contains(CaseAction.REPLACE_MEDIATOR), at);
                // a party may withdraw at any time before the case ended (Art. 25: mediation is voluntary); before
                // a direct application's respondents consented, a respondent refuses instead
                boolean respondentBeforeConsent = who == Who.RESPONDENT
                        && c.source() == CaseSource.DIRECT_APPLICATION && BEFORE_CONSENT.contains(st);
                assertEquals(who.party() && c.status().canMoveTo(CaseStatus.WITHDRAWN) && !respondentBeforeConsent,
                        offered.contains(CaseAction.WITHDRAW), at);
                // a respondent answers a direct application while it waits for consent (Art. 15)
                if (offered.contains(CaseAction.ANSWER_APPLICATION)) {
                    assertEquals(Who.RESPONDENT, who, at);
                }
                // judicial confirmation for delegated and direct cases, the mediation document for entrusted ones
                if (offered.contains(CaseAction.APPLY_FOR_CONFIRMATION)) {
                    assertTrue(c.referralKind() != ReferralKind.ENTRUSTED, at);
                }
                if (offered.contains(CaseAction.REQUEST_MEDIATION_DOCUMENT)) {
                    assertEquals(ReferralKind.ENTRUSTED, c.referralKind(), at);
                }
                // each party rates a concluded case once (issue 11 §1); not while open or declined (referred again)
                boolean concluded = st == CaseStatus.SETTLED || st == CaseStatus.FAILED || st == CaseStatus.WITHDRAWN
                        || st == CaseStatus.CONSENT_REFUSED || st == CaseStatus.CLOSED;
                assertEquals(who.party() && concluded, offered.contains(CaseAction.RATE_SATISFACTION), at);
                // HQ and supervisors read metadata only until they open the case with a recorded reason
                assertEquals(who == Who.HQ_METADATA || who == Who.SUPERVISOR_METADATA,
                        offered.contains(CaseAction.OPEN_FULL_ACCESS), at);
            }
        }
    }

    @Test
    void whatIsOfferedTheAggregateAcceptsAndWhatIsNotItRefuses() {
        check(CaseAction.WITHDRAW, Who.APPLICANT, s -> s.c().withdraw(s.applicant(), "不愿继续", s.now(), Fixtures.CENTER));
        check(CaseAction.WITHDRAW, Who.RESPONDENT,
                s -> s.c().withdraw(s.respondent(), "不愿继续", s.now(), Fixtures.CENTER));
        check(CaseAction.END_MEDIATION, Who.MEDIATOR,
                s -> s.c().fail(FailureReason.PARTY_REFUSED, "拒绝继续", s.now(), Fixtures.CENTER));
        check(CaseAction.DISCLOSE, Who.MEDIATOR, s -> s.c().disclose(false, null, s.now(), Fixtures.CENTER));
        check(CaseAction.REQUEST_REPLACEMENT, Who.APPLICANT,
                s -> s.c().requestReplacement(s.applicant(), "另选", s.now(), Fixtures.CENTER));
        check(CaseAction.SUSPEND, Who.MEDIATOR, s -> s.c().suspend("鉴定机构", "价值鉴定", LocalDate.of(2026, 1, 20),
                SUSPENDED_AT, Fixtures.CENTER));
        check(CaseAction.DECLINE, Who.CENTER, s -> s.c().decline(DeclineReasonCode.NO_CAPACITY, "人手不足", s.now(),
                Fixtures.CENTER));
    }

    @Test
    void aPartyThatRatedIsNoLongerOfferedTheRatingWhileTheOtherStillIs() {
        int concluded = 0;
        for (Scenario sc : SCENARIOS) {
            State s = sc.build().get();
            if (!CaseActions.actions(s.c(), Who.APPLICANT.viewer(s), s.r(), s.now())
                    .contains(CaseAction.RATE_SATISFACTION)) {
                continue;
            }
            concluded++;
            Records rated = s.r().withRatedBy(Set.of(s.applicant().id()));
            assertTrue(!CaseActions.actions(s.c(), Who.APPLICANT.viewer(s), rated, s.now())
                    .contains(CaseAction.RATE_SATISFACTION), "gone after rating: " + sc.name());
            assertTrue(CaseActions.actions(s.c(), Who.RESPONDENT.viewer(s), rated, s.now())
                    .contains(CaseAction.RATE_SATISFACTION), "the other party still rates: " + sc.name());
            assertEquals(null, CaseActions.dueDate(CaseAction.RATE_SATISFACTION, s.c(), rated), "no deadline");
            assertTrue(CaseActions.waiting(CaseActions.decide(s.c(), Who.APPLICANT.viewer(s), s.r(), s.now())).stream()
                    .noneMatch(w -> w.name().contains("RATE")), "a rating waits in no inbox: " + sc.name());
        }
        assertTrue(concluded >= 4, "settled, failed, withdrawn and refused scenarios were checked: " + concluded);
    }

    /** For every scenario: the aggregate's move succeeds when the decision offers it to {@code who}, else it throws. */
    private static void check(CaseAction action, Who who, Consumer<State> move) {
        for (Scenario sc : SCENARIOS) {
            State s = sc.build().get();
            boolean offered = CaseActions.actions(s.c(), who.viewer(s), s.r(), s.now()).contains(action);
            boolean accepted;
            try {
                move.accept(s);
                accepted = true;
            } catch (org.sutiao.shared.domain.ConflictException e) { // IllegalTransitionException too
                accepted = false;
            }
            assertEquals(offered, accepted, action + " for " + who + " in " + sc.name()
                    + (offered ? ": offered but refused" : ": not offered but accepted"));
        }
    }

    @Test
    void theInboxIsTheWaitingPartOfTheDecisionWithTheSameDueDates() {
        for (Scenario sc : SCENARIOS) {
            State s = sc.build().get();
            for (Who who : Who.values()) {
                for (CaseActions.Offer o : CaseActions.decide(s.c(), who.viewer(s), s.r(), s.now())) {
                    if (o.waiting() != null) {
                        assertEquals(InboxActions.dueDate(o.waiting(), s.c(), s.r()),
                                CaseActions.dueDate(o.action(), s.c(), s.r()), sc.name() + " / " + who + " " + o);
                    }
                }
            }
            Function<Who, List<InboxAction>> waiting = who -> CaseActions.waiting(
                    CaseActions.decide(s.c(), who.viewer(s), s.r(), s.now()));
            assertEquals(waiting.apply(Who.CENTER), InboxActions.forCenter(s.c(), s.r()), sc.name());
            assertEquals(waiting.apply(Who.COURT), InboxActions.forCourt(s.c(), s.r(), s.now()), sc.name());
            assertEquals(waiting.apply(Who.MEDIATOR), InboxActions.forMediator(s.c(), s.r()), sc.name());
        }
    }

    /**
     * The inbox lists the items that need no records by one indexed query on the statuses of
     * {@link CaseActions#waitingByStatus} (plus the court's lapsed pending cases); every other item it finds by
     * loading the cases with records. So for every status and role, with no records at all, the decision waits on
     * the caller exactly when the query would list the case.
     */
    @Test
    void theInboxQueryByStatusAgreesWithTheDecisionForEveryStatusAndRole() {
        for (Role role : Role.values()) {
            Set<CaseStatus> byStatus = CaseActions.waitingByStatus(role);
            InboxAction action = CaseActions.waitingByStatusAction(role);
            assertEquals(byStatus.isEmpty() && !CaseActions.lapsedPendingWaits(role), action == null, role.name());
            for (Scenario sc : SCENARIOS) {
                State s = sc.build().get();
                Viewer v = role == Role.PARTY ? Viewer.party(s.applicant()) : new Viewer(role, null, true);
                List<InboxAction> bare = CaseActions.waiting(CaseActions.decide(s.c(), v, Records.NONE, s.now()));
                boolean listed = byStatus.contains(s.c().status())
                        || CaseActions.lapsedPendingWaits(role) && s.c().acceptanceLapsed(s.now());
                String at = role + " / " + sc.name() + ": " + bare;
                if (action != null) {
                    assertEquals(listed, bare.contains(action), at);
                    List<InboxAction> full = CaseActions.waiting(CaseActions.decide(s.c(), v, s.r(), s.now()));
                    assertEquals(listed, full.contains(action), "records do not change it: " + at);
                } else {
                    assertTrue(!listed, at);
                }
            }
        }
    }

    // ---- the scenarios ----

    private static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario("referral pending", () -> state(referred(), Records.NONE, ON_TIME)));
        out.add(new Scenario("referral pending, period lapsed", () -> state(referred(), Records.NONE, LAPSED)));
        out.add(new Scenario("declined", () -> {
            MediationCase c = referred();
            c.decline(DeclineReasonCode.NO_CAPACITY, "人手不足", ON_TIME, Fixtures.CENTER);
            return state(c, Records.NONE, ON_TIME);
        }));
        out.add(new Scenario("in mediation, not disclosed", () -> state(inMediation(ReferralKind.DELEGATED),
                Records.NONE, ON_TIME)));
        out.add(new Scenario("in mediation, no conflict", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            return state(c, disclosed(c.disclose(false, null, ACCEPTED, Fixtures.CENTER)), ON_TIME);
        }));
        out.add(new Scenario("in mediation, conflict to answer", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            return state(c, disclosed(c.disclose(true, "曾代理申请人", ACCEPTED, Fixtures.CENTER)), ON_TIME);
        }));
        out.add(new Scenario("in mediation, conflict agreed by all", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            Disclosure d = c.disclose(true, "曾代理申请人", ACCEPTED, Fixtures.CENTER);
            c.answerDisclosure(d, c.parties().get(0), true, ACCEPTED, Fixtures.CENTER);
            c.answerDisclosure(d, c.parties().get(1), true, ACCEPTED, Fixtures.CENTER);
            return state(c, disclosed(d), ON_TIME);
        }));
        out.add(new Scenario("in mediation, replacement requested", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            Disclosure d = c.disclose(false, null, ACCEPTED, Fixtures.CENTER);
            c.requestReplacement(c.parties().get(0), "另选", ACCEPTED, Fixtures.CENTER);
            return state(c, disclosed(d), ON_TIME);
        }));
        out.add(new Scenario("in mediation, extension open", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            Disclosure d = c.disclose(false, null, ACCEPTED, Fixtures.CENTER);
            Extension e = c.proposeExtension(LocalDate.of(2026, 3, 2), "补充证据", ACCEPTED, Fixtures.CENTER);
            return state(c, new Records(d, e, null, null, null, List.of(), null, null, null), ON_TIME);
        }));
        out.add(new Scenario("in mediation, agreement being signed", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            Disclosure d = c.disclose(false, null, ACCEPTED, Fixtures.CENTER);
            Agreement a = agreement(c, AgreementScope.FULL);
            return state(c, new Records(d, null, null, null, a, List.of(), null, null, null), ON_TIME);
        }));
        out.add(new Scenario("suspended", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            Disclosure d = c.disclose(false, null, ACCEPTED, Fixtures.CENTER);
            c.suspend("鉴定机构", "价值鉴定", LocalDate.of(2026, 1, 20), SUSPENDED_AT, Fixtures.CENTER);
            return state(c, disclosed(d), SUSPENDED_AT);
        }));
        out.add(new Scenario("settled, delegated", () -> settled(ReferralKind.DELEGATED, AgreementScope.FULL)));
        out.add(new Scenario("settled, entrusted", () -> settled(ReferralKind.ENTRUSTED, AgreementScope.FULL)));
        out.add(new Scenario("settled in part, report due", () -> settled(ReferralKind.DELEGATED,
                AgreementScope.PARTIAL)));
        out.add(new Scenario("failed, report due", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            c.fail(FailureReason.PARTY_REFUSED, "拒绝继续", ACCEPTED, Fixtures.CENTER);
            return state(c, Records.NONE, ON_TIME);
        }));
        out.add(new Scenario("failed, reported", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            c.fail(FailureReason.PARTY_REFUSED, "拒绝继续", ACCEPTED, Fixtures.CENTER);
            FailureReport r = c.reportFailure("情况", "原因", List.of(), "无", false, ACCEPTED, Fixtures.CENTER);
            return state(c, new Records(null, null, r, null, null, List.of(), null, null, null), ON_TIME);
        }));
        out.add(new Scenario("closed after the court's acknowledgement", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            c.fail(FailureReason.PARTY_REFUSED, "拒绝继续", ACCEPTED, Fixtures.CENTER);
            FailureReport r = c.reportFailure("情况", "原因", List.of(), "无", false, ACCEPTED, Fixtures.CENTER);
            c.acknowledgeFailureReport(r, CourtAction.CASE_REGISTERED, "(2026)京0105民初2001号", ACCEPTED, Fixtures.CLERK);
            return state(c, new Records(null, null, r, null, null, List.of(), null, null, null), ON_TIME);
        }));
        out.add(new Scenario("withdrawn", () -> {
            MediationCase c = inMediation(ReferralKind.DELEGATED);
            c.withdraw(c.parties().get(1), "不愿继续", ACCEPTED, Fixtures.CENTER);
            return state(c, Records.NONE, ON_TIME);
        }));
        out.add(new Scenario("direct application pending acceptance", () -> state(applied(), Records.NONE, ON_TIME)));
        out.add(new Scenario("direct application waiting for consent", () -> {
            MediationCase c = applied();
            acceptApplication(c);
            return state(c, Records.NONE, ON_TIME);
        }));
        out.add(new Scenario("direct application refused", () -> {
            MediationCase c = applied();
            acceptApplication(c);
            c.answerApplication(c.parties().get(1), false, "不同意调解", ACCEPTED, () -> DUE, Fixtures.CENTER);
            return state(c, Records.NONE, ON_TIME);
        }));
        out.add(new Scenario("direct application failed, reported", () -> {
            MediationCase c = applied();
            acceptApplication(c);
            c.answerApplication(c.parties().get(1), true, null, ACCEPTED, () -> DUE, Fixtures.CENTER);
            c.fail(FailureReason.PARTY_REFUSED, "拒绝继续", ACCEPTED, Fixtures.CENTER);
            FailureReport r = c.reportFailure("情况", "原因", List.of(), "无", false, ACCEPTED, Fixtures.CENTER);
            return state(c, new Records(null, null, r, null, null, List.of(), null, null, null), ON_TIME);
        }));
        return out;
    }

    private static State state(MediationCase c, Records r, Instant now) {
        return new State(c, r, now);
    }

    private static Records disclosed(Disclosure d) {
        return new Records(d, null, null, null, null, List.of(), null, null, null);
    }

    private static MediationCase referred() {
        MediationCase c = Fixtures.referred();
        party(c, PartyRole.APPLICANT, "北京卓衡办公设备有限公司", 11L);
        party(c, PartyRole.RESPONDENT, "上海澄川贸易有限公司", 12L);
        return c;
    }

    private static MediationCase inMediation(ReferralKind kind) {
        MediationCase c = MediationCase.referByCourt(kind, Fixtures.COURT, "(2026)京0105民初1873号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实",
                        Fixtures.PUSHED.minusSeconds(3600)),
                Fixtures.BJ, Fixtures.PUSHED, new DueDate(LocalDate.of(2026, 1, 15), false), Fixtures.CLERK);
        party(c, PartyRole.APPLICANT, "北京卓衡办公设备有限公司", 11L);
        party(c, PartyRole.RESPONDENT, "上海澄川贸易有限公司", 12L);
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), ACCEPTED, DUE, Fixtures.CENTER);
        return c;
    }

    private static MediationCase applied() {
        MediationCase c = MediationCase.applyDirectly("qimu", new CaseParticulars("商标使用许可合同纠纷", "知识产权",
                Money.of("800000.00", "CNY"), "事实", Fixtures.PUSHED), Fixtures.BJ, Fixtures.PUSHED,
                new DueDate(LocalDate.of(2026, 1, 15), false), Fixtures.CLERK);
        party(c, PartyRole.APPLICANT, "深圳市栖木家居品牌管理有限公司", 21L);
        party(c, PartyRole.RESPONDENT, "东莞市木语家具制造有限公司", 22L);
        return c;
    }

    private static void acceptApplication(MediationCase c) {
        c.acceptApplication(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), ACCEPTED,
                new DueDate(LocalDate.of(2026, 1, 16), false), Fixtures.CENTER, null);
    }

    private static Agreement agreement(MediationCase c, AgreementScope scope) {
        List<Obligation> obligations = List.of(new Obligation(1, 12L, 11L, "支付货款", new BigDecimal("452000.00"),
                "CNY", LocalDate.of(2026, 3, 1), "银行转账"));
        return new Agreement(c, new AgreementContent(scope, List.of(), "事实", "条款", obligations), new byte[]{1},
                "ab", false, ACCEPTED, "med.m0009");
    }

    private static State settled(ReferralKind kind, AgreementScope scope) {
        MediationCase c = inMediation(kind);
        Agreement a = agreement(c, scope);
        a.takeEffect(ACCEPTED, EFFECTIVE_ON);
        c.settle(scope, "北京调解中心", ACCEPTED, Fixtures.CENTER);
        return state(c, new Records(null, null, null, null, a, List.of(), null, null, EFFECTIVE_ON.plusDays(30)),
                AFTER_SETTLEMENT);
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

    // ---- the rules, as the notice and DESIGN.md §1 state them ----

    /** Who takes each action: the center, the court, the mediator, the parties, HQ and supervisors. */
    private static Set<Who> owners(CaseAction a) {
        return switch (a) {
            case ACCEPT, DECLINE, REPLACE_MEDIATOR, SEAL_AGREEMENT -> EnumSet.of(Who.CENTER);
            case REFER_AGAIN, ACKNOWLEDGE_FAILURE_REPORT, RULE_ON_CONFIRMATION, REQUEST_SUPPLEMENT,
                 ISSUE_MEDIATION_DOCUMENT -> EnumSet.of(Who.COURT);
            case DISCLOSE, SCHEDULE_SESSION, RECORD_MINUTES, SUSPEND, END_SUSPENSION, PROPOSE_EXTENSION,
                 RECORD_WRITTEN_CONSENT, END_MEDIATION, DRAFT_AGREEMENT, WRITE_FAILURE_REPORT -> EnumSet.of(Who.MEDIATOR);
            case SIGN_AGREEMENT, RECORD_PERFORMANCE -> EnumSet.of(Who.MEDIATOR, Who.APPLICANT, Who.RESPONDENT);
            case ANSWER_APPLICATION -> EnumSet.of(Who.RESPONDENT);
            case READ_FAILURE_REPORT -> EnumSet.of(Who.APPLICANT);
            case WITHDRAW, ANSWER_DISCLOSURE, CONSENT_TO_EXTENSION, REQUEST_REPLACEMENT, APPLY_FOR_CONFIRMATION,
                 REQUEST_MEDIATION_DOCUMENT, ACKNOWLEDGE_RECEIPT -> EnumSet.of(Who.APPLICANT, Who.RESPONDENT);
            case RATE_SATISFACTION -> EnumSet.of(Who.APPLICANT, Who.RESPONDENT);
            case OPEN_FULL_ACCESS -> EnumSet.of(Who.HQ_METADATA, Who.SUPERVISOR_METADATA);
        };
    }

    /** The statuses in which an action is possible at all (the life cycle of DESIGN.md §1). */
    private static Set<CaseStatus> statuses(CaseAction a) {
        return switch (a) {
            case ACCEPT, DECLINE -> EnumSet.of(CaseStatus.PENDING_ACCEPTANCE);
            case REFER_AGAIN -> EnumSet.of(CaseStatus.DECLINED, CaseStatus.PENDING_ACCEPTANCE);
            case ANSWER_APPLICATION -> EnumSet.of(CaseStatus.PENDING_CONSENT);
            case DISCLOSE, RECORD_MINUTES, END_MEDIATION, PROPOSE_EXTENSION, RECORD_WRITTEN_CONSENT, REPLACE_MEDIATOR,
                 REQUEST_REPLACEMENT, ANSWER_DISCLOSURE, CONSENT_TO_EXTENSION -> RUNS;
            case SUSPEND, SCHEDULE_SESSION, DRAFT_AGREEMENT, SIGN_AGREEMENT, SEAL_AGREEMENT ->
                    EnumSet.of(CaseStatus.IN_MEDIATION);
            case END_SUSPENSION -> EnumSet.of(CaseStatus.SUSPENDED);
            case WRITE_FAILURE_REPORT, ACKNOWLEDGE_FAILURE_REPORT -> EnumSet.of(CaseStatus.FAILED, CaseStatus.SETTLED);
            case READ_FAILURE_REPORT -> EnumSet.of(CaseStatus.FAILED);
            case RULE_ON_CONFIRMATION, REQUEST_SUPPLEMENT, ISSUE_MEDIATION_DOCUMENT, APPLY_FOR_CONFIRMATION,
                 REQUEST_MEDIATION_DOCUMENT, ACKNOWLEDGE_RECEIPT, RECORD_PERFORMANCE -> EnumSet.of(CaseStatus.SETTLED);
            case WITHDRAW -> EnumSet.of(CaseStatus.PENDING_ACCEPTANCE, CaseStatus.PENDING_CONSENT,
                    CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED);
            case RATE_SATISFACTION -> EnumSet.of(CaseStatus.SETTLED, CaseStatus.FAILED, CaseStatus.WITHDRAWN,
                    CaseStatus.CONSENT_REFUSED, CaseStatus.CLOSED);
            case OPEN_FULL_ACCESS -> EnumSet.allOf(CaseStatus.class);
        };
    }

    private static Set<CaseAction> set(List<CaseAction> actions) {
        return actions.isEmpty() ? EnumSet.noneOf(CaseAction.class) : EnumSet.copyOf(actions);
    }
}
