package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportScopeTest {

    @Test
    void theWireFormRoundTrips() {
        assertEquals(ReportScope.NATIONAL, ReportScope.parse("NATIONAL"));
        assertEquals(new ReportScope(ReportScope.Kind.REGION, "北京"), ReportScope.parse("REGION:北京"));
        assertEquals("CENTER:CCPIT-L-BJ", ReportScope.parse(" CENTER:CCPIT-L-BJ ").toString());
        assertEquals("NATIONAL", ReportScope.NATIONAL.toString());
    }

    @Test
    void malformedScopesAreRejectedOnTheField() {
        for (String bad : new String[]{null, "", "national", "REGION:", "CENTER", "COURT:BJ-H", ":x"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportScope.parse(bad), bad);
            assertEquals("scope", e.fieldErrors().get(0).field());
            assertEquals("report.scope", e.fieldErrors().get(0).messageKey());
        }
    }

    @Test
    void aNationalReportCoversEveryCenterAndCourtButNotMediatorsOrParties() {
        assertTrue(ReportScope.NATIONAL.covers(Role.CENTER_ADMIN, "CCPIT-L-SH", "上海"));
        assertTrue(ReportScope.NATIONAL.covers(Role.COURT_CLERK, "BJ-B-0105", "北京"));
        assertTrue(ReportScope.NATIONAL.covers(Role.COURT_SUPERVISOR, "SPC", "全国"));
        assertFalse(ReportScope.NATIONAL.covers(Role.MEDIATOR, "CCPIT-L-BJ", "北京"));
        assertFalse(ReportScope.NATIONAL.covers(Role.PARTY, null, null));
        assertFalse(ReportScope.NATIONAL.covers(Role.CENTER_ADMIN, null, null), "no organisation, nothing");
    }

    @Test
    void aRegionalReportCoversTheCentersAndCourtsOfThatRegionOnly() {
        ReportScope bj = ReportScope.parse("REGION:北京");
        assertTrue(bj.covers(Role.CENTER_ADMIN, "CCPIT-L-BJ", "北京"));
        assertTrue(bj.covers(Role.COURT_CLERK, "BJ-B-0105", "北京"));
        assertTrue(bj.covers(Role.COURT_SUPERVISOR, "BJ-H", "北京"));
        assertFalse(bj.covers(Role.CENTER_ADMIN, "CCPIT-L-SH", "上海"));
        assertFalse(bj.covers(Role.COURT_CLERK, "SH-B-0001", "上海"));
        assertFalse(bj.covers(Role.COURT_SUPERVISOR, "SPC", "全国"));
    }

    @Test
    void aCenterReportCoversThatCenterOnlyAndNoCourt() {
        ReportScope c = ReportScope.parse("CENTER:CCPIT-L-BJ");
        assertTrue(c.covers(Role.CENTER_ADMIN, "CCPIT-L-BJ", "北京"));
        assertFalse(c.covers(Role.CENTER_ADMIN, "CCPIT-L-SH", "上海"));
        assertFalse(c.covers(Role.COURT_CLERK, "BJ-B-0105", "北京"), "a court is not the center, even in its region");
    }
}
