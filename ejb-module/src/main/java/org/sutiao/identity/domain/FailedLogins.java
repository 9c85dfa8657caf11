package org.sutiao.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The consecutive failed logins of one login name and the lock they set (issue 9 §3, OWASP ASVS V6.3): after
 * {@link LockoutPolicy#maxFailures()} consecutive failures the name is refused for
 * {@link LockoutPolicy#lockDuration()} even with the right password; a successful login removes the row; an operator
 * may unlock. Kept per login name, whether or not an account has it, so that a lock says nothing about whether the
 * account exists. Rows are updated under a pessimistic lock, so parallel failures each count. Equality by identity
 * (one row per name, enforced by a unique column).
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = "FailedLogins.byUsername", query = "select f from FailedLogins f where f.username = :username")
@NamedQuery(name = "FailedLogins.deleteByUsername", query = "delete from FailedLogins f where f.username = :username")
public class FailedLogins extends VersionedEntity {
    /** Login names longer than an account's username cannot be accounts; they are cut to this length. */
    public static final int MAX_NAME = 64;

    @Column(nullable = false, unique = true, updatable = false, length = MAX_NAME)
    private String username;
    /** Consecutive failures since the last success, unlock or lock. */
    @Column(nullable = false)
    private int failures;
    @Column(name = "last_failure_at")
    private Instant lastFailureAt;
    /** The end of the current or last lock, or null. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected FailedLogins() {
    }

    /** A name without failures yet. */
    public FailedLogins(String username) {
        this.username = key(username);
    }

    /** The stored form of a login name: stripped and cut to {@value #MAX_NAME} characters. */
    public static String key(String username) {
        String s = username == null ? "" : username.strip();
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }

    /**
     * Counts one failed login at {@code now}. A failure while locked extends nothing (the lock runs from the failure
     * that set it); the failure that reaches the policy's maximum locks until {@code now + lockDuration} and starts
     * the count again.
     *
     * @return true when this failure locked the name
     */
    public boolean recordFailure(Instant now, LockoutPolicy policy) {
        lastFailureAt = now;
        if (lockedAt(now)) {
            return false;
        }
        failures++;
        if (failures >= policy.maxFailures()) {
            failures = 0;
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    /** True while the lock lasts: {@code now} is before {@link #lockedUntil()}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * How long the name stays refused from {@code now}, in whole seconds rounded up (as {@code Retry-After} says it),
     * or empty when it is not locked.
     */
    public Optional<Duration> retryAfter(Instant now) {
        if (!lockedAt(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, lockedUntil);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** An operator lifts the lock and clears the count. */
    public void unlock() {
        failures = 0;
        lockedUntil = null;
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
