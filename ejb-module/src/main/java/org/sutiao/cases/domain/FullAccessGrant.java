package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.SafeText;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Break-glass access: a metadata-only user (HQ, court supervisor) opened one case's full detail for a recorded
 * reason, valid for {@link #VALIDITY} from {@link #grantedAt()} for that user and that case only (DESIGN.md §4: "case
 * detail only with a recorded reason"; notice 法办〔2024〕623号 §2(1)). Written once, never changed or deleted; the
 * case's court and center see it on the case's access trail. Identity equality (no business key).
 */
@Entity
@Table(name = "full_access_grant")
@NamedQuery(name = "FullAccessGrant.active", query = "select g from FullAccessGrant g where g.username = :username"
        + " and g.caseId = :caseId and g.expiresAt > :now order by g.expiresAt desc")
public class FullAccessGrant extends IdentifiedEntity {
    /** How long a grant lasts: 24 hours (calendar time, not working days). */
    public static final Duration VALIDITY = Duration.ofHours(24);
    /** The reason's length in characters: at least 10, at most 500. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(nullable = false, length = 64)
    private String username;
    @Column(nullable = false, length = 24)
    private String role;
    @Column(name = "org_code", length = 40)
    private String orgCode;
    @Column(nullable = false, length = REASON_MAX)
    private String reason;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected FullAccessGrant() {
    }

    /**
     * A grant from {@code now} for {@link #VALIDITY}.
     *
     * @throws InvalidInputException on field {@code reason} when it is blank, shorter than 10 or longer than 500
     *                               characters (after trimming), or holds control or bidirectional characters
     */
    public FullAccessGrant(Long caseId, String username, String role, String orgCode, String reason, Instant now) {
        this.caseId = caseId;
        this.username = username;
        this.role = role;
        this.orgCode = orgCode;
        this.reason = checkedReason(reason);
        this.grantedAt = now.truncatedTo(ChronoUnit.MICROS); // what the database keeps, so the answer equals a re-read
        this.expiresAt = grantedAt.plus(VALIDITY);
    }

    /** The reason trimmed, or the field error. */
    static String checkedReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        int length = r.codePointCount(0, r.length());
        if (r.isEmpty()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (length < REASON_MIN || length > REASON_MAX) {
            throw new InvalidInputException("reason", "validation.size", REASON_MIN, REASON_MAX);
        }
        if (SafeText.isUnsafe(r)) {
            throw new InvalidInputException("reason", "validation.controlCharacters");
        }
        return r;
    }

    /** True while the grant lets its user read the case in full. */
    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long caseId() {
        return caseId;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String orgCode() {
        return orgCode;
    }

    public String reason() {
        return reason;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
