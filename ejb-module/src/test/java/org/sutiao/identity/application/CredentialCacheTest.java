package org.sutiao.identity.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The remembered Basic credentials: exact credential only, for the TTL, forgotten per name. */
class CredentialCacheTest {
    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    private static CredentialCache at(Instant now) {
        CredentialCache c = new CredentialCache();
        c.clock = Clock.fixed(now, ZoneOffset.UTC);
        return c;
    }

    @Test
    void remembersTheExactCredentialForTheTtl() {
        CredentialCache c = at(T0);
        c.put("clerk.bj0105", "Demo-Clerk-2026!", Set.of("COURT_CLERK"));
        assertEquals(Set.of("COURT_CLERK"), c.get("clerk.bj0105", "Demo-Clerk-2026!").orElseThrow().groups());
        assertFalse(c.get("clerk.bj0105", "demo-clerk-2026!").isPresent(), "another password is not known");
        assertFalse(c.get("clerk.bj0105x", "Demo-Clerk-2026!").isPresent());
        c.clock = Clock.fixed(T0.plus(CredentialCache.TTL).minusMillis(1), ZoneOffset.UTC);
        assertTrue(c.get("clerk.bj0105", "Demo-Clerk-2026!").isPresent());
        c.clock = Clock.fixed(T0.plus(CredentialCache.TTL), ZoneOffset.UTC);
        assertFalse(c.get("clerk.bj0105", "Demo-Clerk-2026!").isPresent(), "expired");
    }

    @Test
    void forgetDropsEveryEntryOfTheName() {
        CredentialCache c = at(T0);
        c.put("clerk.bj0105", "a", Set.of("COURT_CLERK"));
        c.put("clerk.bj0105", "b", Set.of("COURT_CLERK"));
        c.put("ops.oncall", "c", Set.of("OPERATOR"));
        c.forget("clerk.bj0105");
        assertFalse(c.get("clerk.bj0105", "a").isPresent());
        assertFalse(c.get("clerk.bj0105", "b").isPresent());
        assertTrue(c.get("ops.oncall", "c").isPresent());
    }

    @Test
    void twoNodesDoNotShareKeys() {
        CredentialCache one = at(T0);
        CredentialCache two = at(T0);
        one.put("u", "p", Set.of());
        assertFalse(two.get("u", "p").isPresent(), "each cache has its own secret and entries");
        assertTrue(Duration.ofSeconds(60).compareTo(CredentialCache.TTL) >= 0, "remembered a minute at most");
    }
}
