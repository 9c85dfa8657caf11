package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a verified HTTP Basic credential for {@link #TTL} so that a burst of API calls does not run PBKDF2
 * ({@value PasswordHashing#ITERATIONS} iterations) on every request (issue 9 §3). The key is
 * HMAC-SHA256(secret, username ":" password) under a 256-bit secret drawn at startup and never stored, so neither
 * the password nor an offline-checkable hash of it is kept; the value holds only the username, its roles and the
 * expiry. Entries of a name are dropped when it is locked or unlocked (and must be on any password change or
 * deactivation: {@link #forget}). Per node, in memory: another node's entry lives at most {@link #TTL}.
 */
@ApplicationScoped
public class CredentialCache {
    /** How long a verified credential is remembered. */
    public static final Duration TTL = Duration.ofSeconds(30);
    /** Above this many entries the expired ones are swept (and all, if that is not enough). */
    static final int MAX_ENTRIES = 10_000;

    /** A remembered caller. */
    public record Entry(String username, Set<String> groups, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] secret = new byte[32];

    @Inject
    Clock clock;

    public CredentialCache() {
        new SecureRandom().nextBytes(secret);
    }

    /** The remembered caller of this exact credential, if verified less than {@link #TTL} ago. */
    public Optional<Entry> get(String username, String password) {
        String key = key(username, password);
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Remembers a credential the identity store just verified. */
    public void put(String username, String password, Set<String> groups) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(username, Set.copyOf(groups), now.plus(TTL)));
    }

    /** Forgets every remembered credential of {@code username} (lock, unlock, password change, deactivation). */
    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
