package org.sutiao.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.DeadlineScan;
import org.sutiao.cases.application.DeadlineService;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 §2, inside the server: a backlog of due deadlines (as after downtime, more than one page of the scan)
 * drains once — each deadline handled exactly once in its own transaction, one that fails rolled back alone and tried
 * again at the next scan, not within the same one. The persistent timer keeps firing meanwhile: it may handle some of
 * the backlog itself, so the assertions count what the database holds, not what this test's scan did.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineBacklogIT {
    /** More than two pages of the scan (100 ids per page). */
    private static final int BACKLOG = 250;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{DeadlineBacklogIT.class, TestProbe.class, Referrals.class});
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;
    @Inject
    DeadlineService deadlines;

    private Long refer(Instant pushedAt) {
        ReferralCommand cmd = new ReferralCommand(ReferralKind.DELEGATED, Referrals.newCaseNumber(), "CCPIT-L-BJ",
                "买卖合同纠纷", "商事合同", "测试事实", new ReferralCommand.MoneyInput("1000.00", "CNY"), pushedAt,
                List.of(new ReferralCommand.PartyInput(PartyRole.APPLICANT, PartyType.LEGAL_PERSON, "北京卓衡办公设备有限公司",
                                "CN", "91110105MA5DDR3E6T", null, null, null, null, null, null, null, null, null, null, null, null),
                        new ReferralCommand.PartyInput(PartyRole.RESPONDENT, PartyType.NATURAL_PERSON, "陈㛃", "CN", null,
                                null, "RESIDENT_ID", "350203199001011234", null, null, null, null, null, null, null, null, null)),
                List.of(new ReferralCommand.ClaimInput("支付货款", new ReferralCommand.MoneyInput("1000.00", "CNY"))),
                List.of());
        return writer.create(cmd, "BJ-B-0105", null, pushedAt, new Actor("test", "test"));
    }

    @Test
    void aBacklogDrainsOnceEachDeadlineInItsOwnTransactionAndAFailureRollsBackOnlyItself() {
        Instant pushed = Instant.now();
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            cases.add(refer(pushed));
        }
        Long refused = cases.get(BACKLOG / 2 + 17);
        probe.refuseEvent(refused, "ACCEPTANCE_OVERDUE");
        try {
            assertEquals(BACKLOG, probe.makeDue(cases, "ACCEPTANCE", Instant.now().minusSeconds(3600)),
                    "the acceptance periods of the backlog ended an hour ago");
            DeadlineScan first = deadlines.scan(Instant.now());
            assertFalse(first.stoppedEarly(), first.auditSummary());
            assertEquals(1, first.failed(), "the refused deadline failed once and was not tried again within the scan: "
                    + first.auditSummary());
            assertEquals(Map.of("OPEN", 1L, "OVERDUE", (long) BACKLOG - 1), probe.deadlineStates(cases, "ACCEPTANCE"),
                    "every other deadline was handled: the failure rolled back only its own");
            assertFiredOnce(cases, refused);
            assertFalse(probe.overdue(refused), "nothing of the failed handling was kept");
            assertFalse(probe.eventsPerCase(cases, "ACCEPTANCE_OVERDUE").containsKey(refused));
            assertFalse(probe.noticesPerCase(cases, "notice.acceptanceOverdue").containsKey(refused));
        } finally {
            probe.refuseEvent(null, null);
        }

        DeadlineScan next = deadlines.scan(Instant.now());
        assertEquals(0, next.failed(), next.auditSummary());
        assertEquals(Map.of("OVERDUE", (long) BACKLOG), probe.deadlineStates(cases, "ACCEPTANCE"),
                "the next scan handled the one that had failed");
        assertTrue(probe.overdue(refused));
        assertFiredOnce(cases, null);

        DeadlineScan again = deadlines.scan(Instant.now());
        assertEquals(0, again.handled(), "a repeated scan fires nothing twice: " + again.auditSummary());
        assertFiredOnce(cases, null);
    }

    /** Each case but {@code except} has one overdue event and one notice to the center and one to the court. */
    private void assertFiredOnce(List<Long> cases, Long except) {
        Map<Long, Long> events = probe.eventsPerCase(cases, "ACCEPTANCE_OVERDUE");
        Map<Long, Long> notices = probe.noticesPerCase(cases, "notice.acceptanceOverdue");
        for (Long c : cases) {
            if (!c.equals(except)) {
                assertEquals(1L, events.get(c), "one overdue event of case " + c);
                assertEquals(2L, notices.get(c), "one overdue notice to the center and one to the court, case " + c);
                assertTrue(probe.overdue(c));
            }
        }
    }
}
