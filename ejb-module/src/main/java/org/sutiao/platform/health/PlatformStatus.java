package org.sutiao.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * What this node knows of its own start (issue 13 §4): when the application started and the schema version Flyway
 * left (readiness compares the database's history with it).
 */
@ApplicationScoped
public class PlatformStatus {
    private volatile Instant startedAt = Instant.now();
    private volatile String schemaVersion;

    /** Called once the schema is migrated. */
    public void migrated(String version, Instant at) {
        this.schemaVersion = version;
        this.startedAt = at;
    }

    /** The schema version this node migrated to or found; null before the migration ran. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** When this node finished its start-up migration. */
    public Instant startedAt() {
        return startedAt;
    }
}
