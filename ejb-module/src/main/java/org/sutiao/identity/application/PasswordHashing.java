package org.sutiao.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.HashMap;
import java.util.Map;

/**
 * Produces password hashes in the format the identity store verifies ({@code algorithm:iterations:salt:hash}, salt
 * and hash in Base64). Parameters: PBKDF2-HMAC-SHA256, {@value #ITERATIONS} iterations (the OWASP Password Storage
 * Cheat Sheet's figure for PBKDF2-HMAC-SHA256), 16-byte random salt, 32-byte hash. The store verifies a hash with the
 * parameters written in it, so older hashes (20 000 iterations) still verify; {@link #needsUpgrade} tells the login
 * to re-hash them with the current parameters.
 */
@ApplicationScoped
public class PasswordHashing {
    /** PBKDF2 iterations of a new hash. */
    public static final int ITERATIONS = 600_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String PARAM_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM;
    static final String PARAM_ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
    static final String PARAM_SALT = "Pbkdf2PasswordHash.SaltSizeBytes=16";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        Map<String, String> params = new HashMap<>();
        for (String p : new String[]{PARAM_ALGORITHM, PARAM_ITERATIONS, PARAM_SALT}) {
            String[] kv = p.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        hash.initialize(params);
    }

    /** A new salted hash of {@code password} (takes about a third of a second of one core). */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** True when {@code password} matches the stored salted hash (constant-time comparison, Soteria's). */
    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * True when a stored hash was made with weaker parameters than today's: another algorithm, fewer than
     * {@value #ITERATIONS} iterations, or a format this class does not write.
     */
    public static boolean needsUpgrade(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
