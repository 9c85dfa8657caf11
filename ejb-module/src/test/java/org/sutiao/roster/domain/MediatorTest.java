package org.sutiao.roster.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediatorTest {
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", "北京市朝阳区", "010-1");
    private static final String ID = "35020319900101123X";

    private static MediatorProfile profile(String name, String id, List<String> specialties) {
        return new MediatorProfile(name, id, null, Employment.PART_TIME, "律师", specialties, List.of("zh", "en"), 8,
                CertLevel.INTERMEDIATE, "C-1", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
    }

    @Test
    void anEditListsExactlyTheFieldsThatChangedAndMasksTheIdNumber() {
        Mediator m = Mediator.enrol("M1000", BJ, profile("林一", ID, List.of("商事合同")));
        assertEquals("350203********123X", m.maskedIdNumber());
        assertTrue(m.update(profile("林一", ID, List.of("商事合同"))).isEmpty(), "no change, no history line");
        List<ChangeNote.FieldChange> changes = m.update(profile("林二", ID, List.of("商事合同", "海事海商")));
        assertEquals(2, changes.size(), changes.toString());
        assertEquals(new ChangeNote.FieldChange("name", "林一", "林二"), changes.get(0));
        assertEquals(new ChangeNote.FieldChange("specialties", "商事合同", "商事合同;海事海商"), changes.get(1));
        String note = ChangeNote.profile(changes).joinedArgs();
        assertTrue(note.contains("krosterField.name"), note);
        assertFalse(note.contains("19900101"), "a history line never holds the full ID");
    }

    @Test
    void theIdCheckDigitAndTheCertificatePeriodAreChecked() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> Mediator.enrol("M1001", BJ, profile("林一", "350203199001011231", List.of())));
        assertEquals("idNumber", bad.fieldErrors().get(0).field());
        MediatorProfile reversed = new MediatorProfile("林一", ID, null, Employment.FULL_TIME, null, List.of(),
                List.of("zh"), 1, CertLevel.JUNIOR, "C-2", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1));
        assertEquals("certValidTo", assertThrows(InvalidInputException.class,
                () -> Mediator.enrol("M1002", BJ, reversed)).fieldErrors().get(0).field());
    }

    @Test
    void anExitedMediatorIsKeptButNeverAssignableOrEditable() {
        Mediator m = Mediator.enrol("M1003", BJ, profile("林三", ID, List.of()));
        assertTrue(m.isAssignable());
        assertThrows(InvalidInputException.class, () -> m.exit(LocalDate.of(2026, 11, 30), ExitReason.OTHER, " "));
        m.exit(LocalDate.of(2026, 11, 30), ExitReason.DISMISSED_AFTER_SANCTION, null);
        assertEquals(MediatorStatus.EXITED, m.status());
        assertFalse(m.isAssignable());
        assertEquals(ExitReason.DISMISSED_AFTER_SANCTION, m.exitReason());
        assertThrows(ConflictException.class, () -> m.update(profile("林三", ID, List.of())));
        assertThrows(ConflictException.class, () -> m.setSuspended(false));
        assertThrows(ConflictException.class, () -> m.exit(LocalDate.of(2026, 12, 1), ExitReason.RESIGNED, null));
    }

    @Test
    void aSuspendedMediatorIsNotAssignableUntilReinstated() {
        Mediator m = Mediator.enrol("M1004", BJ, profile("林四", ID, List.of()));
        m.setSuspended(true);
        assertFalse(m.isAssignable());
        assertThrows(ConflictException.class, () -> m.setSuspended(true));
        m.setSuspended(false);
        assertTrue(m.isAssignable());
    }

    @Test
    void aReportReviewedOnceCannotBeReviewedAgainAndAReturnNeedsComments() {
        RosterReport r = new RosterReport(BJ, java.time.Instant.EPOCH, "ctr", null);
        assertThrows(InvalidInputException.class, () -> r.returnWith(" ", java.time.Instant.EPOCH, "hq"));
        r.approve(null, java.time.Instant.EPOCH, "hq");
        assertEquals(ReportStatus.APPROVED, r.status());
        assertThrows(ConflictException.class, () -> r.returnWith("late", java.time.Instant.EPOCH, "hq"));
    }
}
