package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lockout arithmetic: 5 consecutive failures lock for 15 minutes, time given by the test (issue 9 §3). */
class FailedLoginsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
    private static final LockoutPolicy POLICY = LockoutPolicy.STANDARD;

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        FailedLogins f = new FailedLogins("clerk.bj0105");
        for (int i = 0; i < 4; i++) {
            assertFalse(f.recordFailure(T0.plusSeconds(i), POLICY), "failure " + (i + 1) + " does not lock");
            assertFalse(f.lockedAt(T0.plusSeconds(i)));
        }
        assertTrue(f.recordFailure(T0.plusSeconds(10), POLICY), "the fifth failure locks");
        assertEquals(T0.plusSeconds(10).plus(Duration.ofMinutes(15)), f.lockedUntil());
        assertTrue(f.lockedAt(T0.plusSeconds(10).plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(f.lockedAt(T0.plusSeconds(10).plus(Duration.ofMinutes(15))), "the lock ends after 15 minutes");
    }

    @Test
    void retryAfterIsTheRestOfTheLockRoundedUpToSeconds() {
        FailedLogins f = locked();
        assertEquals(Optional.of(Duration.ofMinutes(15)), f.retryAfter(T0));
        assertEquals(Optional.of(Duration.ofSeconds(600)), f.retryAfter(T0.plusSeconds(300)));
        assertEquals(Optional.of(Duration.ofSeconds(1)), f.retryAfter(T0.plus(Duration.ofMinutes(15)).minusMillis(400)));
        assertEquals(Optional.empty(), f.retryAfter(T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresWhileLockedDoNotExtendItAndCountingRestartsAfterwards() {
        FailedLogins f = locked();
        assertFalse(f.recordFailure(T0.plusSeconds(60), POLICY));
        assertEquals(T0.plus(Duration.ofMinutes(15)), f.lockedUntil(), "the lock runs from the failure that set it");
        Instant after = T0.plus(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertFalse(f.recordFailure(after.plusSeconds(i), POLICY), "a fresh count after the lock");
        }
        assertTrue(f.recordFailure(after.plusSeconds(5), POLICY));
    }

    @Test
    void unlockLiftsTheLockAndClearsTheCount() {
        FailedLogins f = locked();
        f.unlock();
        assertFalse(f.lockedAt(T0.plusSeconds(1)));
        f.recordFailure(T0.plusSeconds(2), POLICY);
        assertEquals(1, f.failures());
    }

    @Test
    void namesAreStrippedAndCutToTheUsernameLength() {
        assertEquals("clerk.bj0105", FailedLogins.key("  clerk.bj0105 "));
        assertEquals(FailedLogins.MAX_NAME, FailedLogins.key("x".repeat(200)).length());
    }

    private static FailedLogins locked() {
        FailedLogins f = new FailedLogins("clerk.bj0105");
        for (int i = 0; i < POLICY.maxFailures(); i++) {
            f.recordFailure(T0, POLICY);
        }
        assertTrue(f.lockedAt(T0));
        return f;
    }
}
