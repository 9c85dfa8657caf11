package org.sutiao.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A fact about the database, recorded once and never changed by the application (table {@code platform_setting},
 * V16), e.g. {@value #DEMO_DATA}: whether the database was created with demo data (issue 13 §2).
 */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {
    /** {@code true} when the database was created with demo data, else {@code false}. */
    public static final String DEMO_DATA = "demo-data";

    @Id
    @Column(length = 60)
    private String name;
    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlatformSetting() {
    }

    public PlatformSetting(String name, String value, Instant recordedAt) {
        this.name = name;
        this.value = value;
        this.recordedAt = recordedAt;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
