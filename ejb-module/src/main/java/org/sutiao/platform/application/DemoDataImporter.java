package org.sutiao.platform.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sutiao.calendar.application.CalendarEntry;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.cases.application.CaseFactory;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.DirectApplicationCommand;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.identity.application.PasswordHashing;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.platform.domain.PlatformSetting;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.application.RosterReportService;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CenterOrgForm;
import org.sutiao.roster.domain.CenterStatus;
import org.sutiao.roster.domain.CertLevel;
import org.sutiao.roster.domain.Venue;
import org.sutiao.roster.domain.VenueKind;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.IdNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * First-start import of the data shipped under {@code /seed} (copied from the project's shared data: courts,
 * centers, mediators, users, the PRC holiday calendar 2024–2026, 40 cases). Runs once, on an empty database, in
 * one transaction. Referred demo cases are imported as pushed at their {@code pushed_at}, so their acceptance
 * deadlines are those of the data's test hints and the ones already past turn overdue at the first deadline scan.
 * Direct applications are imported as applied for at their {@code pushed_at}, pending the center's decision.
 * Masked ID numbers are completed into invented full ones ({@link DemoIdentities}) and the demo party accounts start
 * with their identity confirmed.
 */
@Stateless
@Audited
@PermitAll
public class DemoDataImporter {
    private static final Logger LOG = Logger.getLogger(DemoDataImporter.class.getName());
    private static final String HQ = "CCPIT-HQ";
    private static final LocalDate ROSTER_FROM = LocalDate.of(2026, 1, 1);

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CalendarService calendar;
    @Inject
    CaseFactory cases;
    @Inject
    CaseRepository repository;
    @Inject
    PasswordHashing passwords;
    @Inject
    InvitedRosterService invitedRoster;
    @Inject
    RosterReportService rosterReports;
    @Inject
    DemoFeeSchedules feeSchedules;

    /**
     * Imports when no court exists yet, recording whether the new database holds demo data; on a later start only
     * completes the demo data of a database created with it (idempotent across restarts). A database created
     * without demo data never receives any, whatever {@code demoRequested} says (issue 13 §2).
     *
     * @param demoRequested the demo switch of this start ({@code SUTIAO_DEMO_DATA})
     */
    public void importIfEmpty(boolean demoRequested) {
        Long courts = em.createQuery("select count(c) from Court c", Long.class).getSingleResult();
        if (courts > 0) {
            PlatformSetting recorded = em.find(PlatformSetting.class, PlatformSetting.DEMO_DATA);
            boolean demo = demoOnLaterStart(demoRequested, recorded == null ? null : recorded.value());
            if (demoRequested && !demo) {
                LOG.info("Demo data requested, but this database was created without demo data: none imported");
            }
            if (demo && em.createNamedQuery("InvitedRosterEntry.count", Long.class).getSingleResult() == 0) {
                seedInvitedRostersFromStoredCases();
            }
            if (demo && em.createNamedQuery("NationalRosterEntry.count", Long.class).getSingleResult() == 0) {
                seedRosterDetails();
            }
            if (demo) {
                feeSchedules.seedIfNone();
                confirmDemoPartyAccounts();
            }
            seedCenterCourts();
            return;
        }
        boolean demo = demoRequested;
        em.persist(new PlatformSetting(PlatformSetting.DEMO_DATA, Boolean.toString(demo), Instant.now()));
        importCalendar();
        csv("courts.csv", r -> em.persist(new Court(r.get("code"), r.get("name"), CourtLevel.valueOf(r.get("level")),
                r.get("province"), r.get("city"), blank(r.get("parent_code")), blank(r.get("case_no_prefix")))));
        csv("centers.csv", r -> em.persist(new MediationCenter(r.get("code"), r.get("name"),
                CenterKind.valueOf(r.get("kind")), r.get("province"), blank(r.get("industry")),
                blank(r.get("parent_code")), r.get("address"), r.get("phone"))));
        em.flush();
        seedCenterCourts();
        if (!demo) {
            LOG.info("Reference data imported (no demo data)");
            return;
        }
        csv("mediators.csv", r -> em.persist(new Mediator(r.get("id"), r.get("name"),
                repository.center(r.get("center_code")).orElseThrow(),
                Employment.valueOf(r.get("employment")), r.get("specialties"), r.get("languages"),
                r.get("profession"), Integer.parseInt(r.get("years_experience")),
                Boolean.parseBoolean(r.get("certified")), MediatorStatus.valueOf(r.get("status")))));
        // Demo accounts share a few passwords: each is hashed once (600 000 PBKDF2 iterations take ~0.3 s), so
        // the import costs a few hashes, not one per account. Demo only: real accounts each get their own salt.
        Map<String, String> hashes = new HashMap<>();
        csv("users.csv", r -> em.persist(new UserAccount(r.get("username"),
                hashes.computeIfAbsent(r.get("initial_password"), passwords::hash),
                r.get("display_name"), Role.valueOf(r.get("role")), blank(r.get("org_code")), blank(r.get("ref_id")))));
        em.flush();
        seedRosterDetails();
        seedInvitedRosters();
        feeSchedules.seedIfNone();
        em.flush();
        int imported = importCases();
        confirmDemoPartyAccounts();
        LOG.info(() -> "Demo data imported: " + imported + " cases");
    }

    /**
     * Whether a start of a database that already holds its reference data completes the demo data: only when this
     * start asks for it and the database recorded at its creation that it holds demo data ({@code "true"}); a
     * database without the record (none should be: V16 writes it for older ones) counts as created without.
     */
    static boolean demoOnLaterStart(boolean requested, String recordedAtCreation) {
        return requested && "true".equals(recordedAtCreation);
    }

    /**
     * Each center's seat court, the basic court a direct application's judicial confirmation goes to, where the
     * court list holds it (a center whose district has no basic court in the data stays without one).
     */
    private void seedCenterCourts() {
        List<Court> courts = em.createQuery("select c from Court c", Court.class).getResultList();
        for (MediationCenter center : em.createNamedQuery("MediationCenter.all", MediationCenter.class)
                .getResultList()) {
            if (center.confirmationCourt() == null) {
                center.seatCourtAmong(courts).ifPresent(center::confirmAt);
            }
        }
    }

    /**
     * The demo party accounts start through the first-login steps (人民法院在线调解规则 Art. 17): each confirms the
     * identity of the party its {@code ref_id} names, with that party's e-mail as the address for service.
     */
    private void confirmDemoPartyAccounts() {
        Instant now = Instant.now();
        for (UserAccount a : em.createQuery("select u from UserAccount u where u.role = :role and u.refId is not null"
                + " and u.identityConfirmedAt is null", UserAccount.class).setParameter("role", Role.PARTY)
                .getResultList()) {
            em.createNamedQuery("Party.byExternalRef", Party.class).setParameter("ref", a.refId())
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(p -> a.confirmIdentity(p.name(), p.identityType(),
                            p.identityKey(), p.email() != null ? p.email() : a.username() + "@party.example.org",
                            now, org.sutiao.identity.domain.IdentityProof.RECORDS, null));
        }
    }

    /**
     * Construction facts for every center, identity numbers and certificates for the demo mediators, and one
     * approved roster report per center, so that the national roster holds the demo roster.
     */
    private void seedRosterDetails() {
        Instant at = ROSTER_FROM.atStartOfDay(BusinessTime.ZONE).toInstant();
        List<MediationCenter> centers = em.createNamedQuery("MediationCenter.all", MediationCenter.class)
                .getResultList();
        int n = 0;
        for (MediationCenter center : centers) {
            if (center.orgForm() == null) {
                center.updateConstruction(demoFacts(center), at, "system");
            }
            List<Mediator> mediators = em.createNamedQuery("Mediator.byCenter", Mediator.class)
                    .setParameter("centerCode", center.code()).getResultList();
            for (Mediator m : mediators) {
                n++;
                if (m.idNumber() == null) {
                    m.seedDetails(demoIdNumber(n), n % 3 == 0 ? CertLevel.SENIOR : CertLevel.INTERMEDIATE,
                            "CCPIT-MC-" + m.code(), LocalDate.of(2023, 1 + n % 12, 1),
                            LocalDate.of(2027 + n % 3, 1 + n % 12, 1).minusDays(1));
                }
            }
            em.flush();
            if (!mediators.isEmpty()) {
                rosterReports.seedApproved(center, mediators, at);
            }
        }
    }

    private static MediationCenter.CenterFacts demoFacts(MediationCenter c) {
        CenterOrgForm form = switch (c.kind()) {
            case HQ -> CenterOrgForm.INTERNAL_BODY;
            case LOCAL -> CenterOrgForm.PUBLIC_INSTITUTION;
            case INDUSTRY -> CenterOrgForm.SOCIAL_ORGANIZATION;
        };
        List<Venue> venues = List.of(new Venue(VenueKind.OFFICE, "办公室", c.address(), null),
                new Venue(VenueKind.MEDIATION_ROOM, "第一调解室", c.address(), 12),
                new Venue(VenueKind.ONLINE_ROOM, "在线调解室", null, 6));
        return new MediationCenter.CenterFacts(c.name(), c.province(), c.industry(), c.parentCode(), c.address(),
                c.phone(), form, CenterStatus.ACTIVE, LocalDate.of(2018, 1, 1).plusMonths(Math.abs(c.code().hashCode()) % 60),
                120 + Math.abs(c.code().hashCode()) % 300, null, null, venues);
    }

    /** A valid (check digit per GB 11643-1999) but invented resident ID for the n-th demo mediator. */
    static String demoIdNumber(int n) {
        String body = "110105" + (1960 + n % 35) + String.format("%02d%02d", 1 + n % 12, 1 + n % 28)
                + String.format("%03d", n % 1000);
        return body + IdNumbers.checkCharacter(body);
    }

    private void importCalendar() {
        Map<Integer, List<CalendarEntry>> byYear = new TreeMap<>();
        csv("cn-holidays.csv", r -> byYear.computeIfAbsent(Integer.parseInt(r.get("year")), y -> new ArrayList<>())
                .add(new CalendarEntry(LocalDate.parse(r.get("date")),
                        "workday".equals(r.get("kind")) ? DayKind.WORKDAY : DayKind.HOLIDAY, r.get("name"))));
        byYear.forEach((year, entries) -> calendar.importYear(year, entries,
                "国务院办公厅关于" + year + "年部分节假日安排的通知", "system"));
    }

    /**
     * Every demo court's invited roster holds the centers its demo cases go to and CCPIT-HQ, valid from the start
     * of the demo year.
     */
    private void seedInvitedRosters() {
        Map<String, Set<String>> pairs = new TreeMap<>();
        try (InputStream in = open("cases.json"); JsonReader reader = Json.createReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (JsonValue v : reader.readObject().getJsonArray("cases")) {
                JsonObject c = v.asJsonObject();
                if (!c.isNull("court_code")) {
                    pairs.computeIfAbsent(c.getString("court_code"), k -> new TreeSet<>(Set.of(HQ)))
                            .add(c.getString("target_center_code"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs.forEach((court, centers) -> centers.forEach(center -> invitedRoster.seed(
                repository.court(court).orElseThrow(), repository.center(center).orElseThrow(), ROSTER_FROM)));
    }

    /** For a database imported before invited rosters existed: the same rule from the stored cases. */
    private void seedInvitedRostersFromStoredCases() {
        List<Object[]> pairs = em.createQuery("select distinct c.referringCourt, c.center from MediationCase c"
                + " where c.referringCourt is not null", Object[].class).getResultList();
        Map<Court, Set<MediationCenter>> byCourt = new HashMap<>();
        MediationCenter hq = repository.center(HQ).orElseThrow();
        for (Object[] p : pairs) {
            byCourt.computeIfAbsent((Court) p[0], k -> new HashSet<>(Set.of(hq))).add((MediationCenter) p[1]);
        }
        byCourt.forEach((court, centers) -> centers.forEach(center -> invitedRoster.seed(court, center, ROSTER_FROM)));
        LOG.info(() -> "Invited rosters seeded for " + byCourt.size() + " courts");
    }

    private int importCases() {
        int count = 0;
        try (InputStream in = open("cases.json"); JsonReader reader = Json.createReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (JsonValue v : reader.readObject().getJsonArray("cases")) {
                JsonObject c = v.asJsonObject();
                String source = c.getString("source");
                var pushedAtOf = OffsetDateTime.parse(c.getString("pushed_at")).toInstant();
                if ("DIRECT_APPLICATION".equals(source)) {
                    List<ReferralCommand.PartyInput> parties = parties(c);
                    DirectApplicationCommand cmd = new DirectApplicationCommand(c.getString("target_center_code"),
                            c.getString("cause_of_action"), c.getString("dispute_type"), c.getString("facts_summary"),
                            new ReferralCommand.MoneyInput(c.getString("claim_amount"), c.getString("currency")),
                            null, null, parties.subList(1, parties.size()), claims(c), List.of(), null);
                    JsonObject applicant = c.getJsonArray("parties").getJsonObject(0);
                    cases.createApplication(cmd, parties, null, pushedAtOf,
                            new Actor(applicant.getString("party_id"), applicant.getString("name")));
                    count++;
                    continue;
                }
                Court court = repository.court(c.getString("court_code")).orElseThrow();
                var pushedAt = OffsetDateTime.parse(c.getString("pushed_at")).toInstant();
                ReferralCommand cmd = new ReferralCommand(
                        "COURT_DELEGATED".equals(source) ? ReferralKind.DELEGATED : ReferralKind.ENTRUSTED,
                        c.getString("court_case_number"), c.getString("target_center_code"),
                        c.getString("cause_of_action"), c.getString("dispute_type"), c.getString("facts_summary"),
                        new ReferralCommand.MoneyInput(c.getString("claim_amount"), c.getString("currency")),
                        pushedAt, parties(c), claims(c), List.of());
                cases.createReferral(cmd, court, null, pushedAt, new Actor(court.code(), court.name()));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static List<ReferralCommand.PartyInput> parties(JsonObject c) {
        List<ReferralCommand.PartyInput> list = new ArrayList<>();
        for (JsonValue v : c.getJsonArray("parties")) {
            JsonObject p = v.asJsonObject();
            JsonObject contact = p.getJsonObject("contact");
            list.add(new ReferralCommand.PartyInput(PartyRole.valueOf(p.getString("role")),
                    PartyType.valueOf(p.getString("type")), p.getString("name"), str(p, "country"), str(p, "uscc"),
                    str(p, "foreign_registration_no"), str(p, "id_type"),
                    DemoIdentities.complete(str(p, "id_number_masked"), str(p, "id_type")),
                    str(p, "legal_representative"), str(p, "address"), str(contact, "phone"), str(contact, "email"),
                    null, null, str(p, "litigation_position"), p.getString("party_id"), null));
        }
        return list;
    }

    private static List<ReferralCommand.ClaimInput> claims(JsonObject c) {
        List<ReferralCommand.ClaimInput> list = new ArrayList<>();
        for (JsonValue v : c.getJsonArray("claims")) {
            JsonObject cl = v.asJsonObject();
            list.add(new ReferralCommand.ClaimInput(cl.getString("text"), cl.getBoolean("monetary")
                    ? new ReferralCommand.MoneyInput(cl.getString("amount"), cl.getString("currency")) : null));
        }
        return list;
    }

    private static String str(JsonObject o, String key) {
        return o == null || !o.containsKey(key) || o.isNull(key) ? null : o.getString(key);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void csv(String name, Consumer<CSVRecord> each) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(open(name), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                each.accept(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoDataImporter.class.getResourceAsStream("/seed/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing seed resource /seed/" + name);
        }
        return in;
    }
}
