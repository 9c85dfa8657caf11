package org.sutiao.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.HashMap;
import java.util.Map;

/**
 * Produces password hashes in the format the identity store verifies ({@code algorithm:iterations:salt:hash}).
 * Parameters: PBKDF2-HMAC-SHA256, 20 000 iterations, 16-byte random salt.
 */
@ApplicationScoped
public class PasswordHashing {
    static final String PARAM_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String PARAM_ITERATIONS = "Pbkdf2PasswordHash.Iterations=20000";
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

    /** A new salted hash of {@code password}. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
