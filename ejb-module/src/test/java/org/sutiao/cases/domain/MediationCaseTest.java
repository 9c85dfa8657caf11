package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legal and illegal moves of the case aggregate; each legal move writes exactly one timeline event. */
class MediationCaseTest {
    private static final Instant LATER = Fixtures.PUSHED.plusSeconds(86_400);
    /** 23:59:59 Beijing time of the acceptance due date 2026-01-15 of {@link Fixtures#referred()}. */
    private static final Instant LAST_MINUTE = OffsetDateTime.parse("2026-01-15T23:59:59+08:00").toInstant();
    /** 00:00 Beijing time after the due date: the period has ended. */
    private static final Instant MIDNIGHT_AFTER_DUE = OffsetDateTime.parse("2026-01-16T00:00:00+08:00").toInstant();
    private static final DueDate MEDIATION_DUE = new DueDate(LocalDate.of(2026, 2, 12), false);

    @Test
    void referralStartsPendingWithOneOfferAndOneEvent() {
        MediationCase c = Fixtures.referred();
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
        assertEquals(1, c.offers().size());
        assertEquals(OfferOutcome.PENDING, c.currentOffer().outcome());
        assertEquals(1, c.events().size());
        assertEquals(EventType.REFERRED, c.events().get(0).type());
        assertEquals(LocalDate.of(2026, 1, 15), c.acceptanceDueDate());
    }

    @Test
    void referralWithoutConsentIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MediationCase.referByCourt(
                ReferralKind.ENTRUSTED, Fixtures.COURT, "(2026)京0105民初1号", null,
                new CaseParticulars("买卖合同纠纷", null, Money.of("1.00", "CNY"), "事实", null),
                Fixtures.BJ, Fixtures.PUSHED, new DueDate(LocalDate.of(2026, 1, 15), false), Fixtures.CLERK));
        assertEquals("consentRecordedAt", e.fieldErrors().get(0).field());
    }

    @Test
    void acceptAssignsAnActiveMediatorOfTheCenter() {
        MediationCase c = Fixtures.referred();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, MEDIATION_DUE, Fixtures.CENTER);
        assertEquals(CaseStatus.IN_MEDIATION, c.status());
        assertEquals("M0009", c.mediator().code());
        assertEquals(MEDIATION_DUE.date(), c.mediationDueDate());
        assertEquals(OfferOutcome.ACCEPTED, c.currentOffer().outcome());
        assertEquals(EventType.ACCEPTED, c.events().get(c.events().size() - 1).type());
        assertEquals(2, c.events().size());
    }

    @Test
    void exitedOrSuspendedMediatorsAndOtherCentersMediatorsCannotBeAssigned() {
        MediationCase c = Fixtures.referred();
        assertThrows(ConflictException.class, () -> c.accept(
                Fixtures.mediator("M0013", Fixtures.BJ, MediatorStatus.EXITED), LATER, MEDIATION_DUE, Fixtures.CENTER));
        assertThrows(ConflictException.class, () -> c.accept(
                Fixtures.mediator("M0008", Fixtures.BJ, MediatorStatus.SUSPENDED), LATER, MEDIATION_DUE, Fixtures.CENTER));
        assertThrows(ConflictException.class, () -> c.accept(
                Fixtures.mediator("M0022", Fixtures.ZJ, MediatorStatus.ACTIVE), LATER, MEDIATION_DUE, Fixtures.CENTER));
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
        assertEquals(1, c.events().size(), "a refused move writes nothing");
    }

    @Test
    void declineNeedsACodeAndAWrittenReason() {
        MediationCase c = Fixtures.referred();
        assertThrows(InvalidInputException.class, () -> c.decline(null, "理由", LATER, Fixtures.CENTER));
        assertThrows(InvalidInputException.class, () -> c.decline(DeclineReasonCode.OTHER, "  ", LATER, Fixtures.CENTER));
        c.decline(DeclineReasonCode.CONFLICT_OF_INTEREST, "被申请人母公司为本中心管委会成员", LATER, Fixtures.CENTER);
        assertEquals(CaseStatus.DECLINED, c.status());
        assertEquals(DeclineReasonCode.CONFLICT_OF_INTEREST, c.lastDeclinedOffer().declineCode());
        assertEquals(2, c.events().size());
    }

    @Test
    void aDeclinedCaseCannotBeAcceptedOrDeclinedAgain() {
        MediationCase c = Fixtures.referred();
        c.decline(DeclineReasonCode.NO_CAPACITY, "暂无调解力量", LATER, Fixtures.CENTER);
        assertThrows(IllegalTransitionException.class, () -> c.accept(
                Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, MEDIATION_DUE, Fixtures.CENTER));
        assertThrows(IllegalTransitionException.class,
                () -> c.decline(DeclineReasonCode.OTHER, "再次", LATER, Fixtures.CENTER));
    }

    @Test
    void anAcceptedCaseCannotBeDeclinedOrReferredAgain() {
        MediationCase c = Fixtures.referred();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, MEDIATION_DUE, Fixtures.CENTER);
        assertThrows(IllegalTransitionException.class,
                () -> c.decline(DeclineReasonCode.OTHER, "理由", LATER, Fixtures.CENTER));
        assertThrows(IllegalTransitionException.class, () -> c.referAgain(Fixtures.ZJ, LATER,
                new DueDate(LocalDate.of(2026, 1, 16), false), Fixtures.CLERK));
    }

    @Test
    void aDeclinedCaseGoesToAnotherCenterAndKeepsTheHistory() {
        MediationCase c = Fixtures.referred();
        c.decline(DeclineReasonCode.OUTSIDE_SCOPE, "非商事纠纷", LATER, Fixtures.CENTER);
        assertThrows(ConflictException.class, () -> c.referAgain(Fixtures.BJ, LATER,
                new DueDate(LocalDate.of(2026, 1, 16), false), Fixtures.CLERK), "not back to the decliner");
        c.referAgain(Fixtures.ZJ, LATER, new DueDate(LocalDate.of(2026, 1, 16), false), Fixtures.CLERK);
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
        assertEquals("CCPIT-L-ZJ", c.center().code());
        assertEquals(2, c.offers().size());
        assertEquals(OfferOutcome.DECLINED, c.offers().get(0).outcome());
        assertEquals(LocalDate.of(2026, 1, 16), c.acceptanceDueDate());
    }

    @Test
    void pendingCaseCanOnlyBeReferredAgainOnceItsPeriodLapsed() {
        MediationCase c = Fixtures.referred();
        DueDate due = new DueDate(LocalDate.of(2026, 1, 20), false);
        assertThrows(IllegalTransitionException.class, () -> c.referAgain(Fixtures.ZJ, LATER, due, Fixtures.CLERK));
        assertTrue(c.markAcceptanceOverdue(LATER));
        assertFalse(c.markAcceptanceOverdue(LATER), "marking twice records nothing more");
        assertThrows(IllegalTransitionException.class, () -> c.referAgain(Fixtures.ZJ, LATER, due, Fixtures.CLERK),
                "the flag alone does not end the period: the due date and the clock do");
        c.referAgain(Fixtures.ZJ, MIDNIGHT_AFTER_DUE, due, Fixtures.CLERK);
        assertEquals(OfferOutcome.LAPSED, c.offers().get(0).outcome());
        assertFalse(c.acceptanceOverdue());
        assertEquals(3, c.events().size());
    }

    @Test
    void theCenterMayAcceptUntil2359BeijingTimeOfTheDueDateAndNotAt0000() {
        MediationCase onTime = Fixtures.referred();
        assertFalse(onTime.acceptanceLapsed(LAST_MINUTE));
        onTime.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LAST_MINUTE, MEDIATION_DUE,
                Fixtures.CENTER);
        assertEquals(CaseStatus.IN_MEDIATION, onTime.status());

        MediationCase late = Fixtures.referred();
        assertFalse(late.acceptanceOverdue(), "not yet marked by the timer: the clock decides");
        assertTrue(late.acceptanceLapsed(MIDNIGHT_AFTER_DUE));
        ConflictException e = assertThrows(ConflictException.class, () -> late.accept(
                Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), MIDNIGHT_AFTER_DUE, MEDIATION_DUE,
                Fixtures.CENTER));
        assertEquals("acceptance.lapsed", e.code());
        assertEquals(List.of(LocalDate.of(2026, 1, 15)), List.of(e.args()), "the message names the lapsed due date");
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, late.status(), "nothing changed");
        assertEquals(1, late.events().size());
    }

    @Test
    void aLapsedCaseMayStillBeDeclinedWithReasons() {
        MediationCase c = Fixtures.referred();
        c.decline(DeclineReasonCode.NO_CAPACITY, "调解员均已满负荷", MIDNIGHT_AFTER_DUE, Fixtures.CENTER);
        assertEquals(CaseStatus.DECLINED, c.status());
    }

    @Test
    void theCourtMayReReferALapsedCaseToTheSameCenterWhichThenHasANewPeriodToAccept() {
        MediationCase c = Fixtures.referred();
        DueDate newDue = new DueDate(LocalDate.of(2026, 1, 21), false);
        c.referAgain(Fixtures.BJ, MIDNIGHT_AFTER_DUE, newDue, Fixtures.CLERK);
        assertEquals(CaseStatus.PENDING_ACCEPTANCE, c.status());
        assertEquals("CCPIT-L-BJ", c.center().code());
        assertEquals(2, c.offers().size());
        assertEquals(OfferOutcome.LAPSED, c.offers().get(0).outcome());
        assertEquals(LocalDate.of(2026, 1, 21), c.acceptanceDueDate());
        assertFalse(c.acceptanceLapsed(MIDNIGHT_AFTER_DUE));
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), MIDNIGHT_AFTER_DUE, MEDIATION_DUE,
                Fixtures.CENTER);
        assertEquals(CaseStatus.IN_MEDIATION, c.status());
    }

    @Test
    void overdueIsNotMarkedOnceDecided() {
        MediationCase c = Fixtures.referred();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, MEDIATION_DUE, Fixtures.CENTER);
        assertFalse(c.markAcceptanceOverdue(LATER));
        assertFalse(c.recordAcceptanceReminder(LATER));
        assertFalse(c.acceptanceOverdue());
    }

    @Test
    void provisionalDueDateIsReplacedOnceTheCalendarIsKnown() {
        MediationCase c = MediationCase.referByCourt(ReferralKind.DELEGATED, Fixtures.COURT, "(2026)浙0782民诉前调1号",
                null, new CaseParticulars("买卖合同纠纷", null, null, "事实", Fixtures.PUSHED), Fixtures.BJ,
                Fixtures.PUSHED, new DueDate(LocalDate.of(2027, 1, 6), true), Fixtures.CLERK);
        assertTrue(c.acceptanceDueProvisional());
        assertTrue(c.recomputeAcceptanceDue(new DueDate(LocalDate.of(2027, 1, 7), false), LATER));
        assertEquals(LocalDate.of(2027, 1, 7), c.acceptanceDueDate());
        assertFalse(c.acceptanceDueProvisional());
        assertFalse(c.recomputeAcceptanceDue(new DueDate(LocalDate.of(2027, 1, 8), false), LATER));
        assertNull(c.claimAmount());
    }

    @Test
    void lifeCycleTableAllowsOnlyTheDesignedMoves() {
        assertTrue(CaseStatus.PENDING_ACCEPTANCE.canMoveTo(CaseStatus.IN_MEDIATION));
        assertTrue(CaseStatus.DECLINED.canMoveTo(CaseStatus.PENDING_ACCEPTANCE));
        assertFalse(CaseStatus.DECLINED.canMoveTo(CaseStatus.IN_MEDIATION));
        assertFalse(CaseStatus.CLOSED.canMoveTo(CaseStatus.IN_MEDIATION));
        assertFalse(CaseStatus.IN_MEDIATION.canMoveTo(CaseStatus.DECLINED));
        assertFalse(CaseStatus.FAILED.canMoveTo(CaseStatus.SETTLED));
    }

    @Test
    void aProvisionalMediationDueDateIsReplacedWhileMediationRunsAndTheMoveIsOnTheTimeline() {
        MediationCase c = Fixtures.referred();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER,
                new DueDate(LocalDate.of(2027, 1, 6), true), Fixtures.CENTER);
        assertTrue(c.mediationDueProvisional());
        int events = c.events().size();
        assertTrue(c.recomputeMediationDue(new DueDate(LocalDate.of(2027, 1, 7), false), LATER));
        assertEquals(LocalDate.of(2027, 1, 7), c.mediationDueDate());
        assertFalse(c.mediationDueProvisional());
        assertEquals(events + 1, c.events().size());
        assertEquals(EventType.DEADLINE_RECOMPUTED, c.events().get(events).type());
        assertFalse(c.recomputeMediationDue(new DueDate(LocalDate.of(2027, 1, 8), false), LATER),
                "a date computed with the loaded calendar is not replaced again");
    }

    @Test
    void anEndedCasesProvisionalMediationDueDateIsRecomputedForTheRecord() {
        MediationCase c = Fixtures.referred();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER,
                new DueDate(LocalDate.of(2027, 1, 6), true), Fixtures.CENTER);
        assertTrue(c.expire(OffsetDateTime.parse("2027-01-07T00:00:00+08:00").toInstant()));
        assertTrue(c.recomputeMediationDue(new DueDate(LocalDate.of(2027, 1, 7), false), LATER));
        assertEquals(CaseStatus.FAILED, c.status(), "the status stays");
        assertEquals(LocalDate.of(2027, 1, 7), c.mediationDueDate());
        assertFalse(c.mediationDueProvisional());
    }
}
