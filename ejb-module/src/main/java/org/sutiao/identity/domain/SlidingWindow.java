package org.sutiao.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Counts events within a sliding window and refuses once {@code limit} of them fall inside it (issue 9 §3: failed
 * logins per client address, 50 in 10 minutes; registrations per address). Refused until the oldest counted event
 * leaves the window. Thread-safe; kept in memory, one per address.
 */
public final class SlidingWindow {
    private final int limit;
    private final Duration window;
    private final Deque<Instant> events = new ArrayDeque<>();

    /**
     * @param limit  events allowed within the window (at least 1)
     * @param window the window's length (positive)
     */
    public SlidingWindow(int limit, Duration window) {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit >= 1 and a positive window");
        }
        this.limit = limit;
        this.window = window;
    }

    /** Counts one event at {@code now}. */
    public synchronized void record(Instant now) {
        prune(now);
        events.addLast(now);
    }

    /**
     * How long from {@code now} until fewer than {@code limit} events lie within the window, in whole seconds rounded
     * up; empty when another event is allowed now.
     */
    public synchronized Optional<Duration> blockedFor(Instant now) {
        prune(now);
        if (events.size() < limit) {
            return Optional.empty();
        }
        Instant freeAt = events.stream().skip(events.size() - limit).findFirst().orElseThrow().plus(window);
        Duration left = Duration.between(now, freeAt);
        return Optional.of(Duration.ofSeconds(Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0))));
    }

    /** True when no event lies within the window any more (the window may be forgotten). */
    public synchronized boolean idle(Instant now) {
        prune(now);
        return events.isEmpty();
    }

    private void prune(Instant now) {
        Instant from = now.minus(window);
        while (!events.isEmpty() && !events.peekFirst().isAfter(from)) {
            events.removeFirst();
        }
    }
}
