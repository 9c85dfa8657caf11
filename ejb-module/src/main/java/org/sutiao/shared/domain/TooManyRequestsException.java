package org.sutiao.shared.domain;

import java.time.Duration;

/**
 * The caller is throttled (HTTP 429 with {@code Retry-After}): too many failed logins for a name or from an address,
 * too many registrations from an address. The first message argument is the wait in whole minutes, rounded up.
 */
public class TooManyRequestsException extends DomainException {
    private final long retryAfterSeconds;

    /** @param retryAfter how long until the caller may try again (rounded up to whole seconds) */
    public TooManyRequestsException(String code, Duration retryAfter) {
        super(code, minutes(retryAfter));
        this.retryAfterSeconds = Math.max(1, retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0));
    }

    /** Seconds until the caller may try again, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A wait in whole minutes, rounded up (at least 1). */
    public static long minutes(Duration d) {
        long s = Math.max(1, d.getSeconds() + (d.getNano() > 0 ? 1 : 0));
        return (s + 59) / 60;
    }
}
