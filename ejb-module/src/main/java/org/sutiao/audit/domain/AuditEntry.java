package org.sutiao.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited act: who (username, role, organisation, client address) read or did what (action, outcome) to which
 * case, when (CJIS Security Policy §5.4.1.1, NIST SP 800-53 AU-3; notice 法办〔2024〕623号 §2(1) confidentiality).
 * <p>
 * Append-only: no setters, every column is non-updatable except the two hash columns, which {@link #seal} fills once
 * on a row written before the chain existed (pre-V9). {@link #hash()} is the SHA-256 of {@link AuditChain#canonical}
 * over the fields and {@link #prevHash()}, the hash of the entry with the next lower id: the chain that
 * {@link AuditChain.Verifier} checks. The id is the entry's position in the chain, assigned under the lock of
 * {@link AuditChainHead}, not drawn from a sequence. Equality by identity (entries are never compared).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.byCase", query = "select a from AuditEntry a where a.caseId = :caseId order by a.id")
@NamedQuery(name = "AuditEntry.range", query = "select a from AuditEntry a where a.id > :after"
        + " and a.id <= :until order by a.id")
public class AuditEntry {
    /** The outcome of an act that was carried out. */
    public static final String OK = "ok";

    @Id
    @Column(updatable = false)
    private Long id;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, length = 64, updatable = false)
    private String username;
    @Column(length = 20, updatable = false)
    private String role;
    @Column(length = 200, updatable = false)
    private String organization;
    @Column(nullable = false, length = 40, updatable = false)
    private String action;
    @Column(name = "case_id", updatable = false)
    private Long caseId;
    @Column(length = 500, updatable = false)
    private String detail;
    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;
    @Column(length = 80, updatable = false)
    private String outcome;
    @Column(name = "prev_hash", length = 64)
    private String prevHash;
    @Column(length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * A new entry chained onto its predecessor. Texts longer than their columns are cut; the instant is cut to
     * milliseconds so that the hash computed now equals the one recomputed from the stored row.
     *
     * @param id       the chain position ({@link AuditChainHead#nextId()})
     * @param prevHash the predecessor's hash, null for the first entry
     * @throws IllegalArgumentException when id, instant, username or action is missing
     */
    public AuditEntry(long id, Instant at, String username, String role, String organization, String action,
                      Long caseId, String detail, String clientAddress, String outcome, String prevHash) {
        if (at == null || username == null || username.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an instant, a username and an action");
        }
        this.id = id;
        this.at = at.truncatedTo(ChronoUnit.MILLIS);
        this.username = clip(username, 64);
        this.role = clip(role, 20);
        this.organization = clip(organization, 200);
        this.action = clip(action, 40);
        this.caseId = caseId;
        this.detail = clip(detail, 500);
        this.clientAddress = clip(clientAddress, 64);
        this.outcome = clip(outcome, 80);
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(this, prevHash);
    }

    /**
     * Chains a row written before the chain existed (its hash is null) onto its predecessor, once.
     *
     * @return the new hash
     * @throws IllegalStateException when the row is sealed already (an entry is never rewritten)
     */
    public String seal(String predecessorHash) {
        if (hash != null) {
            throw new IllegalStateException("audit entry " + id + " is sealed already");
        }
        this.prevHash = predecessorHash;
        this.hash = AuditChain.hash(this, predecessorHash);
        return hash;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    /** The caller's role name, null for the platform itself (timers, imports) and pre-V9 rows. */
    public String role() {
        return role;
    }

    /** Court or center code, a party's confirmed identity name, or null. */
    public String organization() {
        return organization;
    }

    public String action() {
        return action;
    }

    public Long caseId() {
        return caseId;
    }

    public String detail() {
        return detail;
    }

    /** The request's remote address, null without a request (timers, imports). */
    public String clientAddress() {
        return clientAddress;
    }

    /** {@link #OK}, or the code of the refusal (a failed attempt). */
    public String outcome() {
        return outcome;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
