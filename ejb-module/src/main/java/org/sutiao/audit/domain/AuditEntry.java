package org.sutiao.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audited act: who (username, role, organisation, client address) read or did what (action, outcome) to which
 * case, when (CJIS Security Policy §5.4.1.1, NIST SP 800-53 AU-3; notice 法办〔2024〕623号 §2(1) confidentiality).
 * <p>
 * Append-only: no setters, every column is non-updatable except the chain's three ({@link #chainPosition()},
 * {@link #prevHash()}, {@link #hash()}), which {@link #seal} fills once. An entry is inserted unsealed, with an id
 * from the sequence {@code audit_entry_seq} (the order entries were written, newest-first in the viewer), and
 * sealed shortly after its transaction committed ({@link AuditChainHead#chain}): its chain position is then the next
 * after the head's, and its hash the SHA-256 of {@link AuditChain#canonical} over the fields and {@link #prevHash()},
 * the hash of the entry at the position before: the chain that {@link AuditChain.Verifier} checks. Rows written
 * before V31 carry their id as their position. Equality by identity (entries are never compared).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.byCase", query = "select a from AuditEntry a where a.caseId = :caseId order by a.id")
@NamedQuery(name = "AuditEntry.chain", query = "select a from AuditEntry a where a.chainPosition > :after"
        + " and a.chainPosition <= :until order by a.chainPosition")
@NamedQuery(name = "AuditEntry.unsealed", query = "select a from AuditEntry a where a.chainPosition is null"
        + " and a.hash is null order by a.id")
@NamedQuery(name = "AuditEntry.anyUnsealed", query = "select a.id from AuditEntry a where a.chainPosition is null"
        + " and a.hash is null")
@NamedQuery(name = "AuditEntry.countUnsealed", query = "select count(a) from AuditEntry a"
        + " where a.chainPosition is null")
public class AuditEntry {
    /** The outcome of an act that was carried out. */
    public static final String OK = "ok";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
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
    @Column(name = "chain_position")
    private Long chainPosition;
    @Column(name = "prev_hash", length = 64)
    private String prevHash;
    @Column(length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * A new, unsealed entry (its id is assigned when it is persisted). Texts longer than their columns are cut; the
     * instant is cut to milliseconds so that the hash computed at sealing equals the one recomputed from the stored
     * row.
     *
     * @throws IllegalArgumentException when instant, username or action is missing
     */
    public AuditEntry(Instant at, String username, String role, String organization, String action, Long caseId,
                      String detail, String clientAddress, String outcome) {
        this(null, at, username, role, organization, action, caseId, detail, clientAddress, outcome);
    }

    /** An unsealed entry whose id is known already (tests of the chain, which persist nothing). */
    AuditEntry(Long id, Instant at, String username, String role, String organization, String action, Long caseId,
               String detail, String clientAddress, String outcome) {
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
    }

    /**
     * Chains this entry at {@code position} onto its predecessor's hash, once ({@link AuditChainHead#chain}).
     *
     * @return the new hash
     * @throws IllegalStateException when the entry is sealed already (an entry is never rewritten) or has no id yet
     */
    String seal(long position, String predecessorHash) {
        if (hash != null || chainPosition != null) {
            throw new IllegalStateException("audit entry " + id + " is sealed already");
        }
        if (id == null) {
            throw new IllegalStateException("an audit entry is sealed after it was persisted");
        }
        this.chainPosition = position;
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

    /** The position in the chain (1, 2, …; gaps where pre-V31 ids had them), null until sealed. */
    public Long chainPosition() {
        return chainPosition;
    }

    /** True once chained ({@link #seal}). */
    public boolean sealed() {
        return chainPosition != null;
    }

    /** The hash of the entry before in the chain, null for the first entry and until sealed. */
    public String prevHash() {
        return prevHash;
    }

    /** SHA-256 of {@link AuditChain#canonical}, 64 hex characters; null until sealed. */
    public String hash() {
        return hash;
    }
}
