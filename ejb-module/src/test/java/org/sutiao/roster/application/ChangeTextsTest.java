package org.sutiao.roster.application;

import org.junit.jupiter.api.Test;
import org.sutiao.audit.application.AuditDetails;
import org.sutiao.roster.domain.AssessmentGrade;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CertLevel;
import org.sutiao.roster.domain.ChangeNote;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.MediatorProfile;
import org.sutiao.roster.domain.MeritKind;
import org.sutiao.shared.application.Messages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roster changes in plain words (issue 12): every key the code writes has both labels, codes never show. */
class ChangeTextsTest {
    private static final Path ROSTER = Path.of("src/main/java/org/sutiao/roster");
    /** {@code ChangeNote.of("key"} and {@code NOTE + "key"} in the roster sources. */
    private static final Pattern NOTE_KEY = Pattern.compile("(?:ChangeNote\\.of\\(|NOTE \\+ )\\s*\"([A-Za-z.]+)\"");
    /** The fields an edit compares ({@code diff(changes, "field"}), shown by {@code rosterField.<field>}. */
    private static final Pattern FIELD = Pattern.compile("diff\\(changes, \"([A-Za-z]+)\"");
    private static final Locale ZH = Messages.CHINESE;
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", "北京市朝阳区", "010-1");

    /** Every key the roster code can write into a change, found by scanning its sources. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>(List.of(ChangeNote.PROFILE, ChangeNote.PLAIN, "rosterChange.field",
                "rosterChange.none"));
        try (Stream<Path> files = Files.walk(ROSTER)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher k = NOTE_KEY.matcher(src);
                while (k.find()) {
                    keys.add(k.group(1));
                }
                Matcher d = FIELD.matcher(src);
                while (d.find()) {
                    keys.add("rosterField." + d.group(1));
                }
            }
        }
        ChangeNote.LABELS.forEach((type, prefix) -> {
            for (Enum<?> e : type.getEnumConstants()) {
                keys.add(prefix + e.name());
            }
        });
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (var in = ChangeTextsTest.class.getResourceAsStream("/org/sutiao/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheRosterCodeWritesHasALabelInBothLanguages() throws IOException {
        Set<String> keys = usedKeys();
        assertTrue(keys.stream().filter(k -> k.startsWith("rosterChange.")).count() >= 12,
                "the scan finds the services' keys: " + keys);
        assertTrue(keys.stream().filter(k -> k.startsWith("rosterField.")).count() >= 12,
                "the scan finds the edited fields: " + keys);
        assertTrue(keys.contains("rosterChange.training"), "TrainingService's key is scanned too");
        for (String language : List.of("zh", "en")) {
            Properties p = bundle(language);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeIf(p::containsKey);
            assertTrue(missing.isEmpty(), "missing in messages_" + language + ": " + missing);
        }
    }

    @Test
    void enumerationsShowByTheirLabelInEachLanguage() {
        ChangeNote enrolled = ChangeNote.of("rosterChange.enrolled", "张三", Employment.PART_TIME);
        for (Locale l : List.of(ZH, Locale.ENGLISH)) {
            String text = ChangeTexts.of(l, enrolled);
            assertTrue(text.contains("张三") && text.contains(Messages.get(l, "employment.PART_TIME")), text);
            assertFalse(text.contains("PART_TIME") || text.contains("rosterChange"), text);
        }
        String merit = ChangeTexts.of(ZH, ChangeNote.of("rosterChange.merit", MeritKind.COMMENDATION,
                LocalDate.of(2026, 12, 8), "调解成功率高"));
        assertTrue(merit.startsWith(Messages.get(ZH, "merit.COMMENDATION")), merit);
        assertFalse(merit.contains("COMMENDATION"), merit);
        String assessed = ChangeTexts.of(Locale.ENGLISH, ChangeNote.of("rosterChange.assessment", "2026",
                new BigDecimal("92.5"), AssessmentGrade.EXCELLENT));
        assertTrue(assessed.contains("92.5") && assessed.contains(Messages.get(Locale.ENGLISH, "grade.EXCELLENT")),
                assessed);
    }

    @Test
    void aProfileEditIsOneLinePerFieldWithFieldAndValueLabels() {
        Mediator m = Mediator.enrol("M1000", BJ, profile("林一", Employment.FULL_TIME));
        MediatorChange c = new MediatorChange(m, Instant.EPOCH, "ctr", ChangeNote.profile(
                m.update(profile("林二", Employment.PART_TIME))), "ignored here");
        String text = ChangeTexts.of(ZH, c);
        String[] lines = text.split("\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[0].startsWith(Messages.get(ZH, "rosterField.name")) && lines[0].contains("林一")
                && lines[0].contains("林二"), text);
        assertTrue(lines[1].contains(Messages.get(ZH, "employment.FULL_TIME"))
                && lines[1].contains(Messages.get(ZH, "employment.PART_TIME")), text);
        assertFalse(text.contains("FULL_TIME") || text.contains("rosterField"), text);

        MediatorProfile twoLanguages = new MediatorProfile("林二", "35020319900101123X", null, Employment.PART_TIME,
                "律师", List.of("商事合同"), List.of("zh", "en"), 8, CertLevel.INTERMEDIATE, "C-1",
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
        String languages = ChangeTexts.of(ZH, ChangeNote.profile(m.update(twoLanguages)));
        assertEquals(Messages.get(ZH, "rosterChange.field", Messages.get(ZH, "rosterField.languages"),
                Messages.get(ZH, "language.zh"), Messages.get(ZH, "language.zh") + Messages.get(ZH,
                        "common.listSeparator") + Messages.get(ZH, "language.en")), languages, "languages by name");
    }

    @Test
    void aReportItemKeepsItsNotesAndOldTextShowsAsStored() throws ReflectiveOperationException {
        Mediator m = Mediator.enrol("M1001", BJ, profile("林三", Employment.PART_TIME));
        MediatorChange keyed = new MediatorChange(m, Instant.EPOCH, "ctr",
                ChangeNote.of("rosterChange.relationshipDeclared", "甲公司 | 乙", "曾任法律顾问\n两年"), "x");
        MediatorChange old = oldRow(m, "enrolled: 林三 (PART_TIME)");
        assertEquals("enrolled: 林三 (PART_TIME)", ChangeTexts.of(ZH, old), "a row without key shows as stored");
        String stored = ChangeNote.joinForReport(List.of(keyed, old), 4000);
        String text = ChangeTexts.report(ZH, stored);
        assertEquals(ChangeTexts.of(ZH, keyed) + "\n" + old.summary(), text);
        assertTrue(text.contains("甲公司 | 乙") && text.contains("曾任法律顾问\n两年"), "free text kept as entered");
        assertEquals("initial roster", ChangeTexts.report(ZH, "initial roster"), "an old item shows as stored");
        assertEquals(Messages.get(ZH, "rosterChange.initial"),
                ChangeTexts.report(ZH, ChangeNote.NOTE + "rosterChange.initial"));
        String cut = ChangeNote.joinForReport(List.of(keyed, keyed, keyed), 2 * stored.length() / 3);
        assertTrue(cut.length() <= 2 * stored.length() / 3, "within the column");
        assertTrue(ChangeTexts.report(ZH, cut).endsWith("…"), "what did not fit is said");
    }

    @Test
    void theAuditDetailShowsKnownCodesByLabelAndLeavesTheRestAsStored() {
        String stored = "AccountService.create(username=ct.x) → account=ct.x, role=COURT_CLERK, "
                + "organization=CT-BJ-1, active=true";
        String text = AuditDetails.readable(ZH, stored);
        assertNotNull(text);
        assertTrue(text.contains("role=" + Messages.get(ZH, "role.COURT_CLERK")), text);
        assertFalse(text.contains("COURT_CLERK"), text);
        assertTrue(text.contains("organization=CT-BJ-1") && text.contains("active=true"), text);
        assertEquals("status=NOT_A_CODE", AuditDetails.readable(ZH, "status=NOT_A_CODE"));
        String decline = AuditDetails.readable(ZH, "AcceptanceService.decline(id=7, code=CONFLICT_OF_INTEREST,"
                + " reason=双方之一为本中心理事单位)");
        assertTrue(decline.contains("code=" + Messages.get(ZH, "declineReason.CONFLICT_OF_INTEREST")), decline);
        assertTrue(AuditDetails.readable(ZH, "x(via=ONLINE)").contains(Messages.get(ZH, "sessionMode.ONLINE")),
                "a code in exactly one enumeration of the bundles is labelled whatever its field is called");
        assertEquals("choice=OTHER", AuditDetails.readable(ZH, "choice=OTHER"),
                "a code of several enumerations, under a field that names none of them, stays as stored");
    }

    private static MediatorChange oldRow(Mediator m, String summary) throws ReflectiveOperationException {
        Constructor<MediatorChange> c = MediatorChange.class.getDeclaredConstructor();
        c.setAccessible(true);
        MediatorChange row = c.newInstance();
        for (String[] f : new String[][]{{"mediator", null}, {"summary", summary}}) {
            Field field = MediatorChange.class.getDeclaredField(f[0]);
            field.setAccessible(true);
            field.set(row, f[0].equals("mediator") ? m : f[1]);
        }
        return row;
    }

    private static MediatorProfile profile(String name, Employment employment) {
        return new MediatorProfile(name, "35020319900101123X", null, employment, "律师", List.of("商事合同"),
                List.of("zh"), 8, CertLevel.INTERMEDIATE, "C-1", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
    }
}
