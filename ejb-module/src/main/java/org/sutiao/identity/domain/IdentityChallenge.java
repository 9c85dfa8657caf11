package org.sutiao.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.domain.VersionedEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One attempt of a PARTY account to prove an identity (人民法院在线调解规则 Art. 17; notice 法办〔2024〕623号 §2(1)):
 * a six-digit code sent out of band — to the contact details a court or an applicant recorded for that identity, or,
 * when no case records it, to the service address the party gave — which the party must enter within
 * {@link #VALIDITY}, with at most {@link #MAX_FAILURES} wrong tries. Only a salted SHA-256 of the code is kept.
 * When nothing could be sent (the name does not match the records, the records hold no contact, another account
 * proved the identity) the challenge is still written, so that the answer to the party is the same either way and
 * tells nothing about the records; such a challenge can never be met ({@link #proof()} is null).
 */
@Entity
@Table(name = "identity_challenge")
@NamedQuery(name = "IdentityChallenge.latest", query = "select c from IdentityChallenge c"
        + " where c.username = :username order by c.createdAt desc, c.id desc")
@NamedQuery(name = "IdentityChallenge.countSince", query = "select count(c) from IdentityChallenge c"
        + " where c.username = :username and c.createdAt > :since")
public class IdentityChallenge extends VersionedEntity {
    /** How long a code may be entered: 15 minutes. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);
    /** Wrong codes after which a challenge is spent. */
    public static final int MAX_FAILURES = 5;
    /** Codes one account may request within {@link #QUOTA_WINDOW}. */
    public static final int QUOTA = 5;
    /** The window of {@link #QUOTA}: 24 hours. */
    public static final Duration QUOTA_WINDOW = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What entering a code came to. */
    public enum Outcome { PROVEN, WRONG, EXPIRED, SPENT }

    @Column(nullable = false, updatable = false, length = 64)
    private String username;
    @Column(nullable = false, updatable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_type", nullable = false, updatable = false, length = 24)
    private IdentityType identityType;
    @Column(name = "identity_key", nullable = false, updatable = false, length = 60)
    private String identityKey;
    @Column(name = "service_address", updatable = false, length = 200)
    private String serviceAddress;
    /** What a met challenge proves; null when no code was sent. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 10)
    private IdentityProof proof;
    /** For {@link IdentityProof#APPLICANT}: the one contact the code went to. */
    @Column(updatable = false, length = 200)
    private String contact;
    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;
    @Column(nullable = false, updatable = false, length = 32)
    private String salt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "met_at")
    private Instant metAt;

    protected IdentityChallenge() {
    }

    private IdentityChallenge(String username, String name, IdentityType type, String identityKey,
                              String serviceAddress, IdentityProof proof, String contact, String code, Instant now) {
        this.contact = contact;
        this.username = username;
        this.name = name;
        this.identityType = type;
        this.identityKey = identityKey;
        this.serviceAddress = serviceAddress;
        this.proof = proof;
        byte[] s = new byte[16];
        RANDOM.nextBytes(s);
        this.salt = HexFormat.of().formatHex(s);
        this.codeHash = hash(salt, code);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * A new challenge for the code {@code code} (see {@link #newCode()}).
     *
     * @param proof   what meeting it proves, or null when the code was sent nowhere
     * @param contact for {@link IdentityProof#APPLICANT}, the one contact the code went to; else null
     */
    public static IdentityChallenge issue(String username, String name, IdentityType type, String identityKey,
                                          String serviceAddress, IdentityProof proof, String contact, String code,
                                          Instant now) {
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a six-digit code");
        }
        return new IdentityChallenge(username, name, type, identityKey, serviceAddress, proof, contact, code, now);
    }

    /** A random six-digit code from a cryptographic generator. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /**
     * Enters a code at {@code now}: a wrong one counts against {@link #MAX_FAILURES}; a right one marks the challenge
     * met, once. A challenge that sent no code is never met.
     */
    public Outcome attempt(String code, Instant now) {
        if (metAt != null || failedAttempts >= MAX_FAILURES) {
            return Outcome.SPENT;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        String given = code == null ? "" : code.strip();
        boolean right = proof != null && given.matches("\\d{6}")
                && MessageDigest.isEqual(hash(salt, given).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            failedAttempts++;
            return failedAttempts >= MAX_FAILURES ? Outcome.SPENT : Outcome.WRONG;
        }
        metAt = now;
        return Outcome.PROVEN;
    }

    /** True while a code may still be entered. */
    public boolean open(Instant now) {
        return metAt == null && failedAttempts < MAX_FAILURES && now.isBefore(expiresAt);
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String username() { return username; }
    public String name() { return name; }
    public IdentityType identityType() { return identityType; }
    public String identityKey() { return identityKey; }
    public String serviceAddress() { return serviceAddress; }
    /** What meeting the challenge proves; null when no code was sent. */
    public IdentityProof proof() { return proof; }
    /** For {@link IdentityProof#APPLICANT}: the contact the code went to. */
    public String contact() { return contact; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    /** Wrong codes entered so far. */
    public int failedAttempts() { return failedAttempts; }
}
