package org.sutiao.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one-row head of the audit chain (NIST SP 800-53 AU-9: protection of audit information): the last entry's id
 * and hash and the number of entries. Appenders hold it under a pessimistic lock while they chain one entry, so two
 * transactions never chain onto the same predecessor; verification compares the last entry it finds with it, so a
 * deleted last entry is detected too. {@link #legacyMaxId()} is the highest id written before the chain existed
 * (V9): those rows are sealed, in id order, before the first new entry.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    private Integer id;
    @Column(name = "last_id", nullable = false)
    private long lastId;
    @Column(name = "last_hash", length = 64)
    private String lastHash;
    @Column(nullable = false)
    private long entries;
    @Column(name = "legacy_max_id", nullable = false)
    private long legacyMaxId;

    protected AuditChainHead() {
    }

    /** Only for tests: a head as the migration creates it. */
    public AuditChainHead(long legacyMaxId) {
        this.id = ID;
        this.legacyMaxId = legacyMaxId;
    }

    /** True once every pre-V9 row is chained. */
    public boolean legacySealed() {
        return lastId >= legacyMaxId;
    }

    /**
     * The id of the next new entry.
     *
     * @throws IllegalStateException while pre-V9 rows wait to be sealed (their ids would collide)
     */
    public long nextId() {
        if (!legacySealed()) {
            throw new IllegalStateException("seal the pre-V9 audit rows first");
        }
        return lastId + 1;
    }

    /**
     * Moves the head onto an entry just chained.
     *
     * @throws IllegalArgumentException when the entry does not follow the head
     */
    public void advance(AuditEntry entry) {
        if (entry.id() <= lastId || !java.util.Objects.equals(entry.prevHash(), lastHash)) {
            throw new IllegalArgumentException("audit entry " + entry.id() + " does not follow the head");
        }
        lastId = entry.id();
        lastHash = entry.hash();
        entries++;
    }

    /** Every pre-V9 row is chained (also when the last of them were missing): new entries follow. */
    public void legacyDone() {
        legacyMaxId = Math.min(legacyMaxId, lastId);
    }

    public long lastId() {
        return lastId;
    }

    public String lastHash() {
        return lastHash;
    }

    public long entries() {
        return entries;
    }

    public long legacyMaxId() {
        return legacyMaxId;
    }
}
