package org.sutiao.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one-row head of the audit chain (NIST SP 800-53 AU-9: protection of audit information): the last chained
 * entry's position, id and hash and the number of chained entries. Only the sealer holds it, under a pessimistic
 * lock, while it chains the entries written since ({@link #chain}), so two sealers never chain onto the same
 * predecessor, also on two cluster nodes; appenders never touch it. Verification compares the last entry it finds
 * with it, so a deleted last entry is detected too.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    private Integer id;
    @Column(name = "last_position", nullable = false)
    private long lastPosition;
    @Column(name = "last_id", nullable = false)
    private long lastId;
    @Column(name = "last_hash", length = 64)
    private String lastHash;
    @Column(nullable = false)
    private long entries;

    /** For JPA; and for tests: an empty chain, as the migration creates it on an empty log. */
    public AuditChainHead() {
        this.id = ID;
    }

    /**
     * Seals an unsealed, persisted entry at the next position, chained onto the last entry's hash, and moves the head
     * onto it.
     *
     * @throws IllegalStateException when the entry is sealed already or was not persisted (no id)
     */
    public void chain(AuditEntry entry) {
        entry.seal(lastPosition + 1, lastHash);
        lastPosition = entry.chainPosition();
        lastId = entry.id();
        lastHash = entry.hash();
        entries++;
    }

    /** The last chained entry's position, 0 for an empty chain. */
    public long lastPosition() {
        return lastPosition;
    }

    /** The last chained entry's id, 0 for an empty chain. */
    public long lastId() {
        return lastId;
    }

    public String lastHash() {
        return lastHash;
    }

    public long entries() {
        return entries;
    }
}
