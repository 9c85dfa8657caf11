package org.sutiao.shared.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes: the lower-case hex SHA-256 kept with every stored document (materials, agreements, rules). */
public final class Hashes {
    private Hashes() {
    }

    /** Lower-case hex SHA-256 of the bytes (64 characters). */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
