package org.sutiao.shared.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity users edit: optimistic locking by {@link #version()}, so that a concurrent or stale change fails
 * (HTTP 409) instead of silently overwriting another.
 */
@MappedSuperclass
public abstract class VersionedEntity extends IdentifiedEntity {
    @Version
    private long version;

    /** The optimistic-lock version, incremented on every update. */
    public long version() {
        return version;
    }
}
