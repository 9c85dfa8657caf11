package org.sutiao.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * A database identity from the shared sequence {@code sutiao_seq} (allocation 50, equal to the sequence's
 * INCREMENT BY). SEQUENCE, not IDENTITY: EclipseLink's IDENTITY DDL fails on H2 2.x. The id is a surrogate key
 * used inside the database and as the case id of the API; other entities are addressed by their business codes.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {
    @Id
    @SequenceGenerator(name = "sutiao_seq", sequenceName = "sutiao_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sutiao_seq")
    private Long id;

    /** The database id, null until persisted. */
    public Long id() {
        return id;
    }
}
