package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FullAccessGrantTest {
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private static FullAccessGrant grant(String reason) {
        return new FullAccessGrant(7L, "hq.admin1", "HQ_ADMIN", "CCPIT-HQ", reason, NOW);
    }

    @Test
    void holdsFor24HoursExactly() {
        FullAccessGrant g = grant("质量评查抽检本案调解记录");
        assertEquals(NOW.plus(Duration.ofHours(24)), g.expiresAt());
        assertTrue(g.activeAt(NOW.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertFalse(g.activeAt(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void theReasonIsTrimmedAndCountedInCharactersFrom10To500() {
        assertEquals("当事人投诉调解员，需核查记录", grant("  当事人投诉调解员，需核查记录  ").reason());
        assertEquals(10, grant("一二三四五六七八九十").reason().length());
        assertEquals(500, grant("查".repeat(500)).reason().length());
        // 10 supplementary characters are 20 UTF-16 units but 10 characters
        assertEquals(20, grant("𠈌".repeat(10)).reason().length());
        for (String bad : new String[]{null, "", "   ", "太短了的理由", "查".repeat(501), "𠈌".repeat(9)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> grant(bad), String.valueOf(bad));
            assertEquals("reason", e.fieldErrors().get(0).field());
        }
    }

    @Test
    void refusesDirectionOverridesAndControlCharactersInTheReason() {
        for (String bad : new String[]{"核查调解记录的合规性\u202E", "核查调解记录\u0000的合规性"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> grant(bad));
            assertEquals("validation.controlCharacters", e.fieldErrors().get(0).messageKey());
        }
    }
}
