package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-address counting: refused at the limit until the oldest counted event leaves the window. */
class SlidingWindowTest {
    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void refusesAtTheLimitUntilTheOldestEventLeavesTheWindow() {
        SlidingWindow w = new SlidingWindow(3, Duration.ofMinutes(10));
        w.record(T0);
        w.record(T0.plusSeconds(60));
        assertEquals(Optional.empty(), w.blockedFor(T0.plusSeconds(61)), "below the limit");
        w.record(T0.plusSeconds(120));
        assertEquals(Optional.of(Duration.ofSeconds(480)), w.blockedFor(T0.plusSeconds(120)),
                "until T0 + 10 min, when the first event leaves");
        assertEquals(Optional.empty(), w.blockedFor(T0.plus(Duration.ofMinutes(10))), "the first event left");
        assertEquals(Optional.of(Duration.ofSeconds(60)),
                once(new SlidingWindow(1, Duration.ofMinutes(1))).blockedFor(T0));
    }

    @Test
    void forgetsEverythingAfterTheWindow() {
        SlidingWindow w = new SlidingWindow(50, Duration.ofMinutes(10));
        for (int i = 0; i < 50; i++) {
            w.record(T0.plusSeconds(i));
        }
        assertTrue(w.blockedFor(T0.plusSeconds(50)).isPresent());
        assertTrue(w.idle(T0.plus(Duration.ofMinutes(11))));
    }

    @Test
    void rejectsANonsensicalWindow() {
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindow(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindow(1, Duration.ZERO));
    }

    private static SlidingWindow once(SlidingWindow w) {
        w.record(T0);
        return w;
    }
}
