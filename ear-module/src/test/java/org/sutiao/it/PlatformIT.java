package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.cases.application.DeadlineService;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: EclipseLink is the JPA provider, the demo data was imported, the deadline timer marks an
 * overdue case by itself, the last-working-day reminder, and provisional deadlines recomputed when a year's
 * calendar is loaded.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{PlatformIT.class, TestProbe.class, Api.class, Referrals.class},
                Awaitility.class, Matcher.class);
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;
    @Inject
    DeadlineService deadlines;
    @Inject
    CalendarService calendar;
    @Inject
    org.sutiao.platform.application.DemoDataImporter importer;

    private Long referPushedAt(String pushedAt) {
        ReferralCommand cmd = new ReferralCommand(ReferralKind.DELEGATED, Referrals.newCaseNumber(), "CCPIT-L-BJ",
                "买卖合同纠纷", "商事合同", "测试事实", new ReferralCommand.MoneyInput("1000.00", "CNY"),
                OffsetDateTime.parse(pushedAt).toInstant(),
                List.of(new ReferralCommand.PartyInput(PartyRole.APPLICANT, PartyType.LEGAL_PERSON, "北京卓衡办公设备有限公司",
                                "CN", "91110105MA5DDR3E6T", null, null, null, null, null, null, null, null, null, null, null, null),
                        new ReferralCommand.PartyInput(PartyRole.RESPONDENT, PartyType.NATURAL_PERSON, "陈㛃", "CN", null,
                                null, "RESIDENT_ID", "350203199001011234", null, null, null, null, null, null, null, null, null)),
                List.of(new ReferralCommand.ClaimInput("支付货款", new ReferralCommand.MoneyInput("1000.00", "CNY"))),
                List.of());
        return writer.create(cmd, "BJ-B-0105", null, OffsetDateTime.parse(pushedAt).toInstant(),
                new Actor("test", "test"));
    }

    @Test
    void eclipseLinkIsTheProviderInUse() {
        assertEquals("org.eclipse.persistence.internal.jpa.EntityManagerImpl", probe.entityManagerDelegate());
    }

    @Test
    void demoDataWasImportedOnce() {
        assertEquals(47, probe.count("select count(c) from Court c"));
        assertEquals(23, probe.count("select count(c) from MediationCenter c"));
        assertEquals(80, probe.count("select count(m) from Mediator m where m.code like 'M00%'"), "the demo roster (new mediators get M1000 on)");
        assertEquals(38, probe.count("select count(u) from UserAccount u where not (u.role ="
                + " org.sutiao.identity.domain.Role.PARTY and u.refId is null) and u.username not like 'it-%'"
                + " and u.username <> 'ops.bootstrap'"),
                "the demo accounts (tests register and create more; the bootstrap operator came first)");
        assertEquals("true", probe.recordedDemoData(), "the database recorded at its creation that it holds demo data");
        assertEquals(0, probe.count("select count(u) from UserAccount u where u.passwordChangeRequired = true"
                + " and u.username like '%.%' and u.username not like 'it-%' and u.username <> 'ops.bootstrap'"),
                "demo accounts keep README's passwords: no change required");
        assertEquals(40, probe.count("select count(distinct p.mediationCase) from Party p where p.externalRef is not null"
                        + " and not exists (select e from CaseEvent e where e.mediationCase = p.mediationCase"
                        + " and e.actor = 'test')"),
                "the 40 demo cases");
        assertEquals(5, probe.count("select count(distinct p.mediationCase) from Party p where p.externalRef is not null"
                + " and p.mediationCase.source = org.sutiao.cases.domain.CaseSource.DIRECT_APPLICATION"),
                "C06, C12, C20, C27 and C34 applied directly");
        assertEquals(probe.count("select count(u) from UserAccount u"),
                probe.count("select count(u) from UserAccount u where u.passwordHash like 'PBKDF2WithHmacSHA256:%'"),
                "passwords are stored as salted PBKDF2 hashes");
        assertEquals(9, probe.count("select count(u) from UserAccount u where u.refId is not null and u.role ="
                + " org.sutiao.identity.domain.Role.PARTY and u.identityConfirmedAt is not null"),
                "the demo party accounts start with their identity confirmed");
        assertEquals(0, probe.count("select count(u) from UserAccount u where u.passwordHash like '%Demo-%'"));
    }

    /**
     * Issue 13 §2, both ways, through the real importer on this database: a start that asks for demo data completes
     * it only on a database created with it; recorded as created without, a later start with the switch on adds
     * nothing (here: a demo-like party account stays unconfirmed, no fee schedule or roster entry appears).
     */
    @Test
    void aDatabaseCreatedWithoutDemoDataNeverReceivesAnyOnALaterStart() {
        String ref = probe.unclaimedDemoPartyRef();
        assertTrue(ref != null, "a demo party without an account");
        String username = "it-demo-like-" + UUID.randomUUID().toString().substring(0, 8);
        probe.createDemoLikePartyAccount(username, ref);
        long fees = probe.count("select count(s) from FeeSchedule s");
        long invited = probe.count("select count(e) from InvitedRosterEntry e");
        try {
            probe.recordDemoData("false");
            importer.importIfEmpty(true);
            assertFalse(probe.identityConfirmed(username), "created without demo data: nothing demo is added");
            assertEquals(fees, probe.count("select count(s) from FeeSchedule s"));
            assertEquals(invited, probe.count("select count(e) from InvitedRosterEntry e"));
            probe.recordDemoData("true");
            importer.importIfEmpty(false);
            assertFalse(probe.identityConfirmed(username), "switched off: nothing is added");
            importer.importIfEmpty(true);
            assertTrue(probe.identityConfirmed(username), "created with demo data and asked for: completed");
        } finally {
            probe.recordDemoData("true");
            probe.release(username);
        }
    }

    @Test
    void everyReadOfACasesDetailOrMaterialIsAudited() {
        Long id = referPushedAt("2026-11-02T10:00:00+08:00");
        assertEquals(0, probe.auditEntries(id, "READ_CASE"));
        assertEquals(200, Api.clerk().get("/cases/" + id).status());
        assertEquals(200, Api.as("hq.admin1", "Demo-Hq-2026!").get("/cases/" + id).status());
        assertEquals(404, Api.as("ctr.zj.admin", "Demo-Center-2026!").get("/cases/" + id).status());
        assertEquals(2, probe.auditEntries(id, "READ_CASE"), "the two reads within scope, not the refused one");
    }

    @Test
    void theDeadlineTimerMarksAPendingCaseOverdueByItself() {
        Long id = referPushedAt("2026-03-02T10:00:00+08:00");
        assertEquals(LocalDate.of(2026, 3, 5), probe.acceptanceDueDate(id));
        assertFalse(probe.overdue(id));
        Awaitility.await("the persistent timer's next scan").atMost(Duration.ofSeconds(80))
                .pollInterval(Duration.ofSeconds(2)).until(() -> probe.overdue(id));
        assertTrue(probe.eventTypes(id).contains("ACCEPTANCE_OVERDUE"));
    }

    @Test
    void onTheLastWorkingDayTheCenterIsRemindedAndAfterItTheCaseIsOverdue() {
        Long id = referPushedAt("2090-03-06T10:00:00+08:00");
        LocalDate due = probe.acceptanceDueDate(id);
        Instant lastDayMorning = BusinessTime.startOf(due).plusSeconds(9 * 3600);
        assertEquals(0, deadlines.scanCase(id, BusinessTime.startOf(due).minusSeconds(1)), "nothing due yet");
        assertEquals(1, deadlines.scanCase(id, lastDayMorning));
        assertTrue(probe.eventTypes(id).contains("ACCEPTANCE_REMINDER"));
        assertFalse(probe.overdue(id));
        assertEquals(0, deadlines.scanCase(id, lastDayMorning), "a repeated firing does nothing");
        assertEquals(1, deadlines.scanCase(id, BusinessTime.endOf(due)));
        assertTrue(probe.overdue(id));
        assertEquals(1, probe.eventTypes(id).stream().filter("ACCEPTANCE_REMINDER"::equals).count());
    }

    @Test
    void aPushIntoAYearWithoutCalendarIsProvisionalAlertsOperatorsAndIsRecomputedWhenTheYearIsLoaded() throws Exception {
        int year = unloadedYear();
        Long id = referPushedAt((year - 1) + "-12-31T16:45:00+08:00");
        assertTrue(probe.acceptanceDueProvisional(id));
        LocalDate provisional = probe.acceptanceDueDate(id);
        assertTrue(probe.openNotices("notice.calendarMissing", "calendar-missing-" + year) == 1, "operators alerted");

        LocalDate firstWorkingDay = provisional.minusDays(1);
        while (!isWeekday(firstWorkingDay) || firstWorkingDay.getDayOfYear() == 1) {
            firstWorkingDay = firstWorkingDay.minusDays(1);
        }
        String body = Json.createObjectBuilder().add("source", "test notice " + UUID.randomUUID())
                .add("entries", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("date", year + "-01-01").add("kind", "HOLIDAY").add("name", "元旦"))
                        .add(Json.createObjectBuilder().add("date", firstWorkingDay.toString()).add("kind", "HOLIDAY").add("name", "元旦")))
                .build().toString();
        Api.Reply clerk = Api.clerk().put("/calendar/" + year, body);
        assertEquals(403, clerk.status(), "only operators load calendars");
        Api.Reply loaded = Api.as("ops.oncall", "Demo-Ops-2026!").put("/calendar/" + year, body);
        assertEquals(200, loaded.status(), loaded.body());

        assertFalse(probe.acceptanceDueProvisional(id));
        assertTrue(probe.acceptanceDueDate(id).isAfter(provisional), "the extra holiday moves the end by a day");
        assertTrue(probe.eventTypes(id).contains("DEADLINE_RECOMPUTED"));
        assertEquals(0, probe.openNotices("notice.calendarMissing", "calendar-missing-" + year), "alert resolved");
        assertEquals(409, Api.as("ops.oncall", "Demo-Ops-2026!").put("/calendar/" + year, body).status());
    }

    private int unloadedYear() {
        List<Integer> loaded = calendar.years().stream().map(y -> y.year()).toList();
        for (int y = 2040 + (int) (Math.random() * 40); ; y++) {
            if (!loaded.contains(y) && !loaded.contains(y - 1) && y < 2100) {
                return y;
            }
        }
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5;
    }

    /**
     * Notices leave the organisation's list once the action they announce is done (issue 10 §3): the center's "new
     * referral" with its decline, the court's "declined" with its re-referral.
     */
    @Test
    void aNoticeIsResolvedWhenTheActionItAnnouncesIsDone() {
        Long id = referPushedAt(java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).toString());
        String open = "select count(n) from Notification n where n.caseId = " + id + " and n.resolved = false"
                + " and n.recipientOrg = ";
        assertEquals(1, probe.count(open + "'CCPIT-L-BJ' and n.messageKey = 'notice.newReferral'"));
        Api.Reply declined = Api.bjCenter().post("/cases/" + id + "/decline",
                "{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"本月调解员已满负荷\"}");
        assertEquals(200, declined.status(), declined.body());
        assertEquals(0, probe.count(open + "'CCPIT-L-BJ'"), "the center decided: its notices of the case are answered");
        assertEquals(1, probe.count(open + "'BJ-B-0105' and n.messageKey = 'notice.declined'"));
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        Api.Reply again = Api.clerk().post("/cases/" + id + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(0, probe.count(open + "'BJ-B-0105'"), "the court referred it again: the decline is answered");
        assertEquals(1, probe.count(open + "'CCPIT-L-ZJ' and n.messageKey = 'notice.newReferral'"));
    }

    /**
     * Issue 12 "Flow": every notice that asks for an action leaves the lists once the move that answers it is done
     * (NoticeKind) — here the center's "another mediator needed" with the replacement, both sides' "mediation failed"
     * with the failure report, and the court's "report arrived" with its acknowledgement; information stays.
     */
    @Test
    void theNoticesOfAFailedMediationAndOfAReplacementAreResolvedByTheMovesThatAnswerThem() {
        Long replacing = referPushedAt(java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).toString());
        String open = "select count(n) from Notification n where n.resolved = false and n.caseId = ";
        assertEquals(200, Api.bjCenter().post("/cases/" + replacing + "/accept", "{\"mediatorCode\":\"M0009\"}")
                .status());
        Api.Reply asked = Api.as("party.c01.applicant", "Demo-Party-2026!").post("/cases/" + replacing
                + "/replacement-request", "{\"reason\":\"希望更换调解员\"}");
        assertEquals(200, asked.status(), asked.body());
        assertEquals(1, probe.count(open + replacing + " and n.messageKey = 'notice.replacementNeeded'"));
        Api.Reply replaced = Api.bjCenter().post("/cases/" + replacing + "/mediator-replacement",
                "{\"mediatorCode\":\"M0010\",\"reason\":\"当事人申请更换\",\"conflictOverrideReason\":\"已核实\"}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(0, probe.count(open + replacing + " and n.messageKey = 'notice.replacementNeeded'"),
                "answered by the replacement");

        Long id = referPushedAt(java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).toString());
        String base = "/cases/" + id;
        Api mediator = Api.as("med.m0009", "Demo-Med-2026!");
        assertEquals(200, Api.bjCenter().post(base + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        Api.Reply failed = mediator.post(base + "/failure", "{\"reasonCode\":\"OTHER\",\"reason\":\"双方分歧过大\"}");
        assertEquals(200, failed.status(), failed.body());
        assertEquals(2, probe.count(open + id + " and n.messageKey = 'notice.mediationFailed'"),
                "the center and the court");
        Api.Reply report = mediator.post(base + "/failure-report", "{\"basicSituation\":\"基本情况\","
                + "\"failureReasons\":\"分歧过大\",\"costIncreasingConduct\":[],\"notesForCourt\":\"无\"}");
        assertEquals(201, report.status(), report.body());
        assertEquals(0, probe.count(open + id + " and n.messageKey = 'notice.mediationFailed'"),
                "answered by the report");
        assertEquals(1, probe.count(open + id + " and n.messageKey = 'notice.failureReported'"));
        Api.Reply ack = Api.clerk().post(base + "/failure-report/acknowledgement",
                "{\"action\":\"CASE_REGISTERED\",\"filedCaseNumber\":\"(2026)京0105民初" + (id % 10000) + "号\"}");
        assertEquals(200, ack.status(), ack.body());
        assertEquals(0, probe.count(open + id + " and n.messageKey = 'notice.failureReported'"),
                "answered by the court");
        assertEquals(1, probe.count(open + id + " and n.messageKey = 'notice.failureAcknowledged'"),
                "information stays");
    }
}
