package org.sutiao.identity.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sutiao.audit.application.AuditLog;
import jakarta.persistence.PersistenceException;
import org.sutiao.identity.domain.SlidingWindow;
import org.sutiao.shared.domain.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Throttles logins and registrations (issue 9 §3, OWASP ASVS V6.3):
 * <ul>
 * <li>per login name: 5 consecutive failures refuse the name for 15 minutes even with the right password; in the
 * database ({@link LoginAttempts}), so it holds across nodes and restarts;</li>
 * <li>per client address: {@value #ADDRESS_FAILURES} failed logins within {@link #ADDRESS_WINDOW} refuse every login
 * from it until the oldest leaves the window;</li>
 * <li>per client address: {@value #ADDRESS_REGISTRATIONS} registration attempts within {@link #ADDRESS_WINDOW};</li>
 * <li>per client address: {@value #ADDRESS_IDENTITY_CODES} identity-code requests and entries within
 * {@link #ADDRESS_WINDOW} (each account also has a daily quota of codes and tries per code).</li>
 * </ul>
 * The per-address counts are kept in memory, per node, and start empty after a restart. The client address is the
 * connection's ({@code getRemoteAddr}); behind a proxy the listener must be told to trust its forwarding headers.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Failed logins from one address within {@link #ADDRESS_WINDOW} that refuse further logins from it. */
    public static final int ADDRESS_FAILURES = 50;
    /** Registration attempts from one address within {@link #ADDRESS_WINDOW}. */
    public static final int ADDRESS_REGISTRATIONS = 20;
    /** Identity-code requests and entries from one address within {@link #ADDRESS_WINDOW}. */
    public static final int ADDRESS_IDENTITY_CODES = 60;
    /** The per-address window. */
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;
    /** The audit actions of a failed login and of the failure that locked the name (the detail is the address). */
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";

    private final Map<String, SlidingWindow> loginFailures = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindow> registrations = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindow> identityCodes = new ConcurrentHashMap<>();

    @Inject
    org.sutiao.platform.application.PlatformMetrics metrics;
    @Inject
    LoginAttempts attempts;
    @Inject
    CredentialCache credentials;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /**
     * How long a login of {@code username} from {@code address} is refused, or empty when it may be tried: the longer
     * of the name's lock and the address's wait.
     */
    public Optional<Duration> refusal(String username, String address) {
        Optional<Duration> byAddress = window(loginFailures, address, a -> null)
                .flatMap(w -> w.blockedFor(clock.instant()));
        Optional<Duration> byName = attempts.lockedFor(username);
        if (byAddress.isEmpty()) {
            return byName;
        }
        return byName.isEmpty() || byAddress.get().compareTo(byName.get()) > 0 ? byAddress : byName;
    }

    /** Counts a failed login of {@code username} from {@code address}; a lock forgets the name's cached credentials. */
    public void failed(String username, String address) {
        window(loginFailures, address, a -> new SlidingWindow(ADDRESS_FAILURES, ADDRESS_WINDOW))
                .ifPresent(w -> w.record(clock.instant()));
        boolean locked;
        try {
            locked = attempts.failed(username);
        } catch (EJBException | PersistenceException e) {
            locked = attempts.failed(username);
        }
        if (locked) {
            credentials.forget(username);
        }
        metrics.loginFailed();
        // every failure is audited under the name as typed (cut to the column), whether or not an account has it
        audit.record(username.length() > 64 ? username.substring(0, 64) : username,
                locked ? LOGIN_LOCKED : LOGIN_FAILED, null, "address " + address);
    }

    /** A successful login: the name's count starts again and an old password hash is upgraded. */
    public void succeeded(String username, String password) {
        attempts.succeeded(username, password);
    }

    /**
     * Counts a registration attempt from {@code address}.
     *
     * @throws TooManyRequestsException {@code auth.throttled} when the address made {@value #ADDRESS_REGISTRATIONS}
     *                                  attempts within {@link #ADDRESS_WINDOW}
     */
    public void registrationAttempt(String address) {
        count(registrations, address, ADDRESS_REGISTRATIONS);
    }

    /**
     * Counts a request for an identity confirmation code, or an entry of one, from {@code address}.
     *
     * @throws TooManyRequestsException {@code auth.throttled} when the address made {@value #ADDRESS_IDENTITY_CODES}
     *                                  within {@link #ADDRESS_WINDOW}
     */
    public void identityCodeAttempt(String address) {
        count(identityCodes, address, ADDRESS_IDENTITY_CODES);
    }

    private void count(Map<String, SlidingWindow> map, String address, int limit) {
        Instant now = clock.instant();
        Optional<SlidingWindow> w = window(map, address, a -> new SlidingWindow(limit, ADDRESS_WINDOW));
        Optional<Duration> wait = w.flatMap(x -> x.blockedFor(now));
        if (wait.isPresent()) {
            throw new TooManyRequestsException("auth.throttled", wait.get());
        }
        w.ifPresent(x -> x.record(now));
    }

    /** An operator (or a test) forgets the per-address counts of this node. */
    public void clearAddressCounts() {
        loginFailures.clear();
        registrations.clear();
        identityCodes.clear();
    }

    private Optional<SlidingWindow> window(Map<String, SlidingWindow> map, String address,
                                           Function<String, SlidingWindow> create) {
        if (address == null) {
            return Optional.empty();
        }
        SlidingWindow w = map.get(address);
        if (w == null) {
            SlidingWindow fresh = create.apply(address);
            if (fresh == null) {
                return Optional.empty();
            }
            if (map.size() >= MAX_ADDRESSES) {
                Instant now = clock.instant();
                map.values().removeIf(x -> x.idle(now));
            }
            w = map.computeIfAbsent(address, a -> fresh);
        }
        return Optional.of(w);
    }
}
