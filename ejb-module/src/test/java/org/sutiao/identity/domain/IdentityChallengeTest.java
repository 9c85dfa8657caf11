package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.IdentityType;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityChallengeTest {
    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    private static IdentityChallenge challenge(IdentityProof proof, String code) {
        return IdentityChallenge.issue("party.a", "北京某某有限公司", IdentityType.CREDIT_CODE, "91110105MA0000000X",
                "legal@a.example.com", proof, null, code, T0);
    }

    @Test
    void theRightCodeWithinFifteenMinutesProvesOnce() {
        IdentityChallenge c = challenge(IdentityProof.RECORDS, "042517");
        assertTrue(c.open(T0.plusSeconds(60)));
        assertEquals(IdentityChallenge.Outcome.PROVEN, c.attempt(" 042517 ", T0.plusSeconds(899)));
        assertEquals(IdentityChallenge.Outcome.SPENT, c.attempt("042517", T0.plusSeconds(900)), "used once");
        assertFalse(c.open(T0.plusSeconds(60)));
    }

    @Test
    void fifteenMinutesLaterTheCodeHasExpired() {
        IdentityChallenge c = challenge(IdentityProof.RECORDS, "042517");
        assertEquals(IdentityChallenge.Outcome.EXPIRED, c.attempt("042517", T0.plus(IdentityChallenge.VALIDITY)));
        assertFalse(c.open(T0.plus(IdentityChallenge.VALIDITY)));
    }

    @Test
    void fiveWrongCodesSpendTheChallenge() {
        IdentityChallenge c = challenge(IdentityProof.DECLARED, "042517");
        for (int i = 1; i < IdentityChallenge.MAX_FAILURES; i++) {
            assertEquals(IdentityChallenge.Outcome.WRONG, c.attempt("999999", T0));
            assertEquals(i, c.failedAttempts());
        }
        assertEquals(IdentityChallenge.Outcome.SPENT, c.attempt("12345", T0), "malformed counts too");
        assertEquals(IdentityChallenge.Outcome.SPENT, c.attempt("042517", T0), "the right code comes too late");
    }

    @Test
    void aChallengeThatSentNothingIsNeverMet() {
        IdentityChallenge c = challenge(null, "042517");
        assertEquals(IdentityChallenge.Outcome.WRONG, c.attempt("042517", T0));
    }

    @Test
    void codesAreSixRandomDigitsAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = IdentityChallenge.newCode();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "random: " + seen.size());
        assertThrows(IllegalArgumentException.class, () -> challenge(IdentityProof.RECORDS, "12ab56"));
    }
}
