package org.sutiao.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A region (province short name, as in the court and center data: 北京, 浙江 ...) taking part in the docking from
 * {@link #enabledFrom()}. The ten pilot regions of notice 法办〔2024〕623号 §2(5) are enabled at start; HQ enables
 * further regions with a start date, so the nationwide rollout is configuration. Identity: the region name.
 */
@Entity
@Table(name = "pilot_region")
@NamedQuery(name = "PilotRegion.all", query = "select r from PilotRegion r order by r.enabledFrom, r.region")
public class PilotRegion {
    @Id
    @Column(length = 20)
    private String region;
    @Version
    private long version;
    @Column(name = "enabled_from", nullable = false)
    private LocalDate enabledFrom;
    @Column(name = "enabled_by", nullable = false, length = 64)
    private String enabledBy;
    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    protected PilotRegion() {
    }

    public PilotRegion(String region, LocalDate enabledFrom, String enabledBy, Instant enabledAt) {
        this.region = region;
        this.enabledFrom = enabledFrom;
        this.enabledBy = enabledBy;
        this.enabledAt = enabledAt;
    }

    /** True when the region takes part on {@code date} (a Beijing date). */
    public boolean isEnabledOn(LocalDate date) {
        return !date.isBefore(enabledFrom);
    }

    /** Moves the start date (HQ). */
    public void enableFrom(LocalDate from, String by, Instant at) {
        this.enabledFrom = from;
        this.enabledBy = by;
        this.enabledAt = at;
    }

    public String region() {
        return region;
    }

    public LocalDate enabledFrom() {
        return enabledFrom;
    }

    public String enabledBy() {
        return enabledBy;
    }

    public long version() {
        return version;
    }
}
