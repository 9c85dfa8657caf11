package org.sutiao.identity.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stored hashes a login re-hashes: anything weaker than PBKDF2-HMAC-SHA256 at 600 000 iterations. */
class PasswordHashingTest {
    private static final String SALT_AND_HASH = ":c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Test
    void oldIterationCountsAreUpgraded() {
        assertTrue(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:20000" + SALT_AND_HASH));
        assertTrue(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:10000" + SALT_AND_HASH));
        assertTrue(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:599999" + SALT_AND_HASH));
    }

    @Test
    void todaysParametersAreKept() {
        assertFalse(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:600000" + SALT_AND_HASH));
        assertFalse(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:1000000" + SALT_AND_HASH));
    }

    @Test
    void otherAlgorithmsAndUnknownFormatsAreUpgraded() {
        assertTrue(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA1:600000" + SALT_AND_HASH));
        assertTrue(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:many" + SALT_AND_HASH));
        assertTrue(PasswordHashing.needsUpgrade("plain-text"));
    }
}
