package org.sutiao.identity.domain;

import java.time.Duration;

/**
 * How many consecutive failed logins lock an account, and for how long (OWASP ASVS V6 / issue 9 §3: 5 failures,
 * then refused for 15 minutes even with the right password).
 *
 * @param maxFailures  consecutive failures that lock the account (at least 1)
 * @param lockDuration how long the lock lasts from the failure that set it (positive)
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {
    /** The platform's policy: 5 consecutive failures lock the account for 15 minutes. */
    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("maxFailures >= 1 and a positive lock duration");
        }
    }
}
