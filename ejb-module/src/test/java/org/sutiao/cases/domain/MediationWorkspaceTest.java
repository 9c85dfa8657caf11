package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transitions of the mediation workspace on the aggregate: each legal move, each refused one. */
class MediationWorkspaceTest {
    private static final Instant LATER = Fixtures.PUSHED.plusSeconds(86_400);
    /** The day the appraisal started (2026-01-20, Beijing): a suspension from that day is recorded then or later. */
    private static final Instant APPRAISAL_STARTED = Instant.parse("2026-01-20T02:00:00Z");
    private static final DueDate DUE = new DueDate(LocalDate.of(2026, 2, 12), false);

    private static MediationCase referredWithParty() {
        MediationCase c = Fixtures.referred();
        c.addParty(new PartyDetails(PartyRole.APPLICANT, PartyType.LEGAL_PERSON, "北京卓衡办公设备有限公司", "CN",
                "91110105MA5DDR3E6T", null, null, null, null, null, null, null, null, null, null, null, null));
        return c;
    }

    private static MediationCase inMediation() {
        MediationCase c = referredWithParty();
        c.accept(Fixtures.mediator("M0009", Fixtures.BJ, MediatorStatus.ACTIVE), LATER, DUE, Fixtures.CENTER);
        return c;
    }

    @Test
    void suspendAndResumeMoveTheStatusAndTheDueDate() {
        MediationCase c = inMediation();
        Suspension s = c.suspend("鉴定机构", "价值鉴定", LocalDate.of(2026, 1, 20), APPRAISAL_STARTED, Fixtures.CENTER);
        assertEquals(CaseStatus.SUSPENDED, c.status());
        assertThrows(IllegalTransitionException.class,
                () -> c.suspend("x", "y", LocalDate.of(2026, 1, 13), LATER, Fixtures.CENTER));
        c.resume(s, LocalDate.of(2026, 1, 30), () -> new DueDate(LocalDate.of(2026, 2, 24), false), LATER, Fixtures.CENTER);
        assertEquals(CaseStatus.IN_MEDIATION, c.status());
        assertEquals(LocalDate.of(2026, 2, 24), c.mediationDueDate());
        assertEquals(10, s.span().days());
        assertThrows(ConflictException.class, () -> c.resume(s, LocalDate.of(2026, 1, 31), () -> DUE, LATER,
                Fixtures.CENTER), "a suspension ends once");
    }

    @Test
    void aSuspensionCannotStartBeforeAcceptance() {
        MediationCase c = inMediation();
        assertThrows(InvalidInputException.class,
                () -> c.suspend("x", "y", LocalDate.of(2026, 1, 1), LATER, Fixtures.CENTER));
    }

    @Test
    void aSuspensionCannotStartAfterToday() {
        MediationCase c = inMediation();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> c.suspend("x", "y", LocalDate.of(2026, 1, 21), APPRAISAL_STARTED, Fixtures.CENTER));
        assertEquals("suspension.startInFuture", e.fieldErrors().get(0).messageKey());
        assertEquals(CaseStatus.IN_MEDIATION, c.status());
        c.suspend("x", "y", LocalDate.of(2026, 1, 20), Instant.parse("2026-01-19T16:00:00Z"), Fixtures.CENTER);
        assertEquals(CaseStatus.SUSPENDED, c.status(), "00:00 on the 20th in Beijing is already the 20th");
    }

    @Test
    void onlyTheTimerLetsThePeriodExpireAndOnlyOnce() {
        MediationCase c = inMediation();
        assertThrows(InvalidInputException.class, () -> c.fail(FailureReason.PERIOD_EXPIRED, "x", LATER, Fixtures.CENTER));
        assertTrue(c.expire(LATER));
        assertEquals(CaseStatus.FAILED, c.status());
        assertEquals(FailureReason.PERIOD_EXPIRED, c.failureReasonCode());
        assertFalse(c.expire(LATER), "idempotent");
    }

    @Test
    void aSuspendedCaseDoesNotExpire() {
        MediationCase c = inMediation();
        c.suspend("鉴定机构", "价值鉴定", LocalDate.of(2026, 1, 20), APPRAISAL_STARTED, Fixtures.CENTER);
        assertFalse(c.expire(LATER));
        assertEquals(CaseStatus.SUSPENDED, c.status());
    }

    @Test
    void aWithdrawalEndsMediationFromPendingOrRunningButNotAfterTheEnd() {
        MediationCase pending = referredWithParty();
        Party p = pending.parties().get(0);
        pending.withdraw(p, "直接起诉", LATER, Fixtures.CENTER);
        assertEquals(CaseStatus.WITHDRAWN, pending.status());
        MediationCase failed = inMediation();
        failed.fail(FailureReason.PARTY_UNREACHABLE, "无法联系", LATER, Fixtures.CENTER);
        assertThrows(IllegalTransitionException.class,
                () -> failed.withdraw(failed.parties().get(0), "x", LATER, Fixtures.CENTER));
    }

    @Test
    void theFailureReportNeedsEveryPartAndOnlyAfterFailure() {
        MediationCase c = inMediation();
        assertThrows(IllegalTransitionException.class,
                () -> c.reportFailure("a", "b", List.of(), "c", false, LATER, Fixtures.CENTER));
        c.fail(FailureReason.PARTY_REFUSED, "拒绝", LATER, Fixtures.CENTER);
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> c.reportFailure(" ", null, null, "", false, LATER, Fixtures.CENTER));
        assertEquals(4, missing.fieldErrors().size(), "all four parts are required");
        FailureReport r = c.reportFailure("情况", "原因", List.of(), "事项", false, LATER, Fixtures.CENTER);
        assertThrows(ConflictException.class, () -> c.reportFailure("情况", "原因", List.of(), "事项", true, LATER,
                Fixtures.CENTER));
        assertThrows(InvalidInputException.class,
                () -> c.acknowledgeFailureReport(r, CourtAction.TRIAL_RESUMED, null, LATER, Fixtures.CLERK),
                "a delegated case is registered");
        c.acknowledgeFailureReport(r, CourtAction.CASE_REGISTERED, "(2026)京0105民初9号", LATER, Fixtures.CLERK);
        assertEquals(CaseStatus.CLOSED, c.status());
        assertThrows(ConflictException.class,
                () -> c.acknowledgeFailureReport(r, CourtAction.CASE_REGISTERED, "x", LATER, Fixtures.CLERK));
    }

    @Test
    void anExtensionNeedsALaterDate() {
        MediationCase c = inMediation();
        assertThrows(InvalidInputException.class, () -> c.proposeExtension(DUE.date(), "x", LATER, Fixtures.CENTER));
        Extension e = c.proposeExtension(DUE.date().plusDays(10), "协商中", LATER, Fixtures.CENTER);
        assertEquals(ExtensionStatus.PROPOSED, e.status());
    }
}
