package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.StatutoryHolidays;
import org.sutiao.cases.application.DeadlineService;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.AcceptancePeriod;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 §5, legal readings found doubtful, through the API on the deployed EAR: no acceptance after the acceptance
 * period lapsed (the court re-refers, also to the same center); the fallback for an unloaded year (2027) rests on
 * every statutory holiday; loading the year recomputes every provisional date, not only acceptance.
 * <p>
 * The 2027 test loads the 2027 calendar into the database it runs on: it needs a database on which 2027 is not
 * loaded yet (every {@code mvn verify} from a clean build, and CI, start with one).
 */
@ExtendWith(ArquillianExtension.class)
class LegalReadingsIT {
    private static final Api OPERATOR = Api.as("ops.oncall", "Demo-Ops-2026!");
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{LegalReadingsIT.class, LegalProbe.class, Api.class,
                Referrals.class});
    }

    @Inject
    LegalProbe probe;
    @Inject
    ReferralWriter writer;
    @Inject
    DeadlineService deadlines;
    @Inject
    CalendarService calendar;

    private Long referPushedAt(Instant pushedAt) {
        return writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, pushedAt,
                new Actor("test", "test"));
    }

    private static JsonObject get(Long id) {
        return Api.clerk().get("/cases/" + id).json();
    }

    @Test
    void aCenterCannotAcceptAfterTheLapseButTheCourtMayReReferToTheSameCenterWhichThenCan() {
        Long id = referPushedAt(OffsetDateTime.parse("2026-11-02T10:00:00+08:00").toInstant());
        JsonObject before = get(id);
        assertEquals("2026-11-05", before.getString("acceptanceDueDate"));
        assertTrue(before.getBoolean("acceptanceLapsed"), "lapsed by the clock, whether or not the timer marked it");

        Api.Reply late = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(409, late.status(), late.body());
        assertEquals("acceptance.lapsed", late.json().getString("code"));
        assertTrue(late.json().getString("detail").contains("2026-11-05"), late.body());
        assertTrue(late.json().getString("detail").contains("重新委派"), "says the court may refer again");
        Api.Reply lateEn = Api.bjCenter().inEnglish().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertTrue(lateEn.json().getString("detail").contains("refer it again"), lateEn.body());
        assertEquals("PENDING_ACCEPTANCE", get(id).getString("status"), "nothing written");

        Api.Reply again = Api.clerk().post("/cases/" + id + "/re-referral", "{\"centerCode\":\"CCPIT-L-BJ\"}");
        assertEquals(200, again.status(), again.body());
        JsonObject reReferred = again.json();
        assertEquals("CCPIT-L-BJ", reReferred.getString("centerCode"));
        assertFalse(reReferred.getBoolean("acceptanceLapsed"));
        assertEquals(2, reReferred.getJsonArray("offers").size());
        assertEquals("LAPSED", reReferred.getJsonArray("offers").getJsonObject(0).getString("outcome"));
        LocalDate newDue = LocalDate.parse(reReferred.getString("acceptanceDueDate"));
        assertEquals(AcceptancePeriod.dueFor(probeOfferedAt(reReferred), calendar.current()).date(), newDue,
                "a new period of 3 working days from the re-referral");

        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("IN_MEDIATION", accepted.json().getString("status"));
    }

    @Test
    void a2027FallbackSkipsTheSpringFestivalAndLoading2027RecomputesAcceptanceMediationAndFailureReport() {
        assertFalse(calendar.current().isPublished(2027),
                "this test loads 2027 and needs a database on which it is not loaded yet");

        Long pushed = referPushedAt(OffsetDateTime.parse("2027-02-04T10:00:00+08:00").toInstant());
        JsonObject a = get(pushed);
        assertTrue(a.getBoolean("acceptanceDueProvisional"));
        assertEquals("2027-02-11", a.getString("acceptanceDueDate"),
                "Thu 4 Feb + 3 working days: 除夕 Fri 5 Feb to 初三 Mon 8 Feb are statutory holidays (国务院令第795号)");

        Long inMediation = acceptedNow();
        JsonObject b = get(inMediation);
        LocalDate mediationDue = LocalDate.parse(b.getString("mediationDueDate"));
        assertEquals(2027, mediationDue.getYear(), "30 days from December 2026 reach into 2027");
        assertTrue(b.getBoolean("mediationDueDateProvisional"));

        Long failed = acceptedNow();
        LocalDate failedDue = LocalDate.parse(get(failed).getString("mediationDueDate"));
        deadlines.scanCase(failed, BusinessTime.endOf(failedDue));
        assertEquals("FAILED", get(failed).getString("status"), "the period expired");
        DueDate reportDue = probe.openDeadline(failed, DeadlineKind.FAILURE_REPORT);
        assertNotNull(reportDue);
        assertTrue(reportDue.provisional(), "3 working days in 2027");
        JsonObject item = inboxItem(MEDIATOR, failed, "WRITE_FAILURE_REPORT");
        assertEquals(reportDue.date().toString(), item.getString("actionDueDate"));
        assertTrue(item.getBoolean("actionDueDateProvisional"), "the inbox marks the provisional date");

        Set<LocalDate> extraHolidays = new TreeSet<>(Set.of(mediationDue, reportDue.date()));
        JsonArrayBuilder entries = Json.createArrayBuilder();
        StatutoryHolidays.of(2027).forEach((date, name) -> entries.add(entry(date, "HOLIDAY", name)));
        for (LocalDate d = LocalDate.of(2027, 2, 9); d.isBefore(LocalDate.of(2027, 2, 12)); d = d.plusDays(1)) {
            entries.add(entry(d, "HOLIDAY", "春节"));
        }
        entries.add(entry(LocalDate.of(2027, 2, 20), "WORKDAY", "春节"));
        extraHolidays.removeIf(d -> StatutoryHolidays.isHoliday(d) || d.getMonthValue() == 2 && d.getDayOfMonth() >= 9
                && d.getDayOfMonth() <= 11);
        extraHolidays.forEach(d -> entries.add(entry(d, "HOLIDAY", "测试")));
        String notice = Json.createObjectBuilder().add("source", "LegalReadingsIT " + UUID.randomUUID())
                .add("entries", entries).build().toString();
        Api.Reply loaded = OPERATOR.put("/calendar/2027", notice);
        assertEquals(200, loaded.status(), loaded.body());

        JsonObject a2 = get(pushed);
        assertFalse(a2.getBoolean("acceptanceDueProvisional"));
        assertEquals("2027-02-16", a2.getString("acceptanceDueDate"),
                "the notice's holidays run to Thu 11 Feb: Fri 12, Mon 15, Tue 16");
        assertEquals(LocalDate.parse(a2.getString("acceptanceDueDate")),
                probe.openDeadline(pushed, DeadlineKind.ACCEPTANCE).date(), "the timer's row moved too");

        JsonObject b2 = get(inMediation);
        assertFalse(b2.getBoolean("mediationDueDateProvisional"));
        LocalDate recomputed = LocalDate.parse(b2.getString("mediationDueDate"));
        assertTrue(recomputed.isAfter(mediationDue), "the provisional last day is a holiday in the notice");
        assertEquals(calendar.current().addCalendarDays(BusinessTime.dateOf(probe.acceptedAt(inMediation)), 30).date(),
                recomputed);
        DueDate mediationRow = probe.openDeadline(inMediation, DeadlineKind.MEDIATION);
        assertEquals(new DueDate(recomputed, false), mediationRow, "the timer's row moved too");
        assertTrue(b2.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "DEADLINE_RECOMPUTED".equals(e.getString("type"))));

        DueDate report2 = probe.openDeadline(failed, DeadlineKind.FAILURE_REPORT);
        assertFalse(report2.provisional());
        assertTrue(report2.date().isAfter(reportDue.date()));
        assertEquals(calendar.current().addWorkingDays(BusinessTime.dateOf(probe.endedAt(failed)), 3).date(),
                report2.date());
        assertFalse(get(failed).getBoolean("mediationDueDateProvisional"), "an ended case's date is recomputed too");
        JsonObject item2 = inboxItem(MEDIATOR, failed, "WRITE_FAILURE_REPORT");
        assertEquals(report2.date().toString(), item2.getString("actionDueDate"));
        assertFalse(item2.getBoolean("actionDueDateProvisional"));
    }

    private Long acceptedNow() {
        Long id = referPushedAt(Instant.now());
        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    private static Instant probeOfferedAt(JsonObject c) {
        var offers = c.getJsonArray("offers");
        return OffsetDateTime.parse(offers.getJsonObject(offers.size() - 1).getString("offeredAt")).toInstant();
    }

    private static JsonObject inboxItem(Api api, Long caseId, String action) {
        return api.get("/inbox?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == caseId && action.equals(i.getString("action")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " for case " + caseId));
    }

    private static JsonObject entry(LocalDate date, String kind, String name) {
        return Json.createObjectBuilder().add("date", date.toString()).add("kind", kind).add("name", name).build();
    }
}
