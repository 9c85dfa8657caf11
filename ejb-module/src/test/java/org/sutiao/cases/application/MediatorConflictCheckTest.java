package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.application.MediatorConflictCheck.PriorRow;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CertLevel;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorProfile;
import org.sutiao.shared.domain.IdNumbers;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the rows of the dialog's one prior-case query are shared out among the mediators (issue 10): each mediator
 * gets the other side of the cases where a party has its ID number or an agent its name — never the parties that
 * matched it, never a case another mediator alone appeared in — with the prior case's number and center.
 */
class MediatorConflictCheckTest {
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", null, null);
    private static final String LIN_ID = "35020319900101123X";

    private static Mediator mediator(String code, String name, String id) {
        return Mediator.enrol(code, BJ, new MediatorProfile(name, id, null, Employment.PART_TIME, "律师", List.of(),
                List.of("zh"), 8, CertLevel.INTERMEDIATE, "C-1", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));
    }

    private static String withCheck(String body) {
        return body + IdNumbers.checkCharacter(body);
    }

    @Test
    void eachMediatorGetsTheOtherSideOfItsOwnPriorCasesOnly() {
        Mediator lin = mediator("M1000", "林一", LIN_ID);
        Mediator zhou = mediator("M1001", "周二", withCheck("11010519600101001"));
        Mediator wu = mediator("M1002", "吴三", withCheck("11010519700101001"));
        // case 1 (BJ): 林一 is the applicant (by ID number), 周二 the respondent's agent; case 2 (ZJ): 周二 an agent
        List<PriorRow> rows = List.of(
                new PriorRow(11, LIN_ID, null, 11, "林一", LIN_ID, "CCPIT-2026-000001", "CCPIT-L-BJ"),
                new PriorRow(11, LIN_ID, null, 12, "甲公司", "91110105MA5DDR3E6T", "CCPIT-2026-000001", "CCPIT-L-BJ"),
                new PriorRow(12, "91110105MA5DDR3E6T", "周二", 11, "林一", LIN_ID, "CCPIT-2026-000001", "CCPIT-L-BJ"),
                new PriorRow(12, "91110105MA5DDR3E6T", "周二", 12, "甲公司", "91110105MA5DDR3E6T", "CCPIT-2026-000001",
                        "CCPIT-L-BJ"),
                new PriorRow(21, null, "周二", 21, "乙", null, "CCPIT-2026-000002", "CCPIT-L-ZJ"),
                new PriorRow(21, null, "周二", 22, "丙公司", "91110108MADM6D068C", "CCPIT-2026-000002", "CCPIT-L-ZJ"));

        Map<Link, String> centers = new IdentityHashMap<>();
        List<Link> linLinks = MediatorConflictCheck.priorCaseLinks(lin, rows, centers);
        assertEquals(List.of("甲公司"), linLinks.stream().map(l -> l.subject().name()).toList(),
                "the other side of case 1, not 林一's own party");
        assertEquals(Source.PRIOR_CASE, linLinks.get(0).source());
        assertEquals("CCPIT-2026-000001", linLinks.get(0).relation());
        assertEquals("CCPIT-L-BJ", centers.get(linLinks.get(0)));

        List<Link> zhouLinks = MediatorConflictCheck.priorCaseLinks(zhou, rows, centers);
        assertEquals(List.of("林一", "丙公司"), zhouLinks.stream().map(l -> l.subject().name()).toList(),
                "the other side of cases 1 and 2; not the parties 周二 was agent of");
        assertEquals("CCPIT-L-ZJ", centers.get(zhouLinks.get(1)));
        assertTrue(MediatorConflictCheck.priorCaseLinks(wu, rows, centers).isEmpty(), "in no prior case");
    }
}
