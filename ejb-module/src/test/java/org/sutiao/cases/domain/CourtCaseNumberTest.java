package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Case numbers in the referring court's format: (year) + court code + type + number + 号. */
class CourtCaseNumberTest {
    @Test
    void numbersOfTheCourtPass() {
        assertTrue(CourtCaseNumber.isPlausible("(2026)京0105民诉前调1873号", "京0105", 2026));
        assertTrue(CourtCaseNumber.isPlausible("（2026）冀01民终8841号", "冀01", 2026), "full-width parentheses");
        assertTrue(CourtCaseNumber.isPlausible("(2025)闽0203民初21567号", "闽0203", 2026), "last year's case");
        assertTrue(CourtCaseNumber.isPlausible(" (2026)粤72民初512号 ", "粤72", 2026));
    }

    @Test
    void otherCourtsProvincesYearsAndShapesAreRefused() {
        assertFalse(CourtCaseNumber.isPlausible("(2026)沪0105民初1号", "京0105", 2026), "another province");
        assertFalse(CourtCaseNumber.isPlausible("(2026)京0106民初1号", "京0105", 2026), "another court");
        assertFalse(CourtCaseNumber.isPlausible("(2027)京0105民初1号", "京0105", 2026), "a later year");
        assertFalse(CourtCaseNumber.isPlausible("(1989)京0105民初1号", "京0105", 2026), "too old");
        assertFalse(CourtCaseNumber.isPlausible("(2026)京0105民初0号", "京0105", 2026), "no number 0");
        assertFalse(CourtCaseNumber.isPlausible("(2026)京0105民初12号号", "京0105", 2026));
        assertFalse(CourtCaseNumber.isPlausible("(2026)京0105初AB1号", "京0105", 2026), "type in characters");
        assertFalse(CourtCaseNumber.isPlausible("2026京0105民初1号", "京0105", 2026), "the year in parentheses");
        assertFalse(CourtCaseNumber.isPlausible("C01", "京0105", 2026));
        assertFalse(CourtCaseNumber.isPlausible(null, "京0105", 2026));
        assertTrue(CourtCaseNumber.isPlausible("(2026)京0105民初1号", null, 2026), "a court without a code: the shape");
    }
}
