package org.sutiao.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now" for services and timers (UTC). Services take their instant from it and deadline logic
 * takes "now" as a parameter, so tests can move time without waiting for real days.
 */
@ApplicationScoped
public class ClockProducer {
    /** The system clock in UTC. */
    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
