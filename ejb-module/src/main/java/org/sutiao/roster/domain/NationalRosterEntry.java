package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A mediator on the national roster: the data HQ approved last (特邀调解规定 Art. 8; notice §4(3)), plus the training
 * hours recorded since (training is recorded by HQ and centers directly, not reported). One row per mediator, keyed
 * by the mediator's id; addressed by code.
 */
@Entity
@Table(name = "national_roster_entry")
@NamedQuery(name = "NationalRosterEntry.byCode",
        query = "select e from NationalRosterEntry e where e.snapshot.code = :code")
@NamedQuery(name = "NationalRosterEntry.count", query = "select count(e) from NationalRosterEntry e")
public class NationalRosterEntry {
    @Id
    @Column(name = "mediator_id")
    private Long mediatorId;
    @Column(name = "report_id", nullable = false)
    private Long reportId;
    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;
    @Embedded
    private RosterSnapshot snapshot;
    @Column(name = "training_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal trainingHours;

    protected NationalRosterEntry() {
    }

    public NationalRosterEntry(Long mediatorId, Long reportId, Instant approvedAt, RosterSnapshot snapshot,
                               BigDecimal trainingHours) {
        this.mediatorId = mediatorId;
        this.reportId = reportId;
        this.approvedAt = approvedAt;
        this.snapshot = snapshot;
        this.trainingHours = trainingHours;
    }

    /** Replaces the published data with a newly approved report item. */
    public void approve(Long reportId, Instant at, RosterSnapshot snapshot, BigDecimal trainingHours) {
        this.reportId = reportId;
        this.approvedAt = at;
        this.snapshot = snapshot;
        this.trainingHours = trainingHours;
    }

    /** Keeps the published training total in step with recorded attendance. */
    public void trainingHours(BigDecimal hours) {
        this.trainingHours = hours;
    }

    public Long mediatorId() {
        return mediatorId;
    }

    public Long reportId() {
        return reportId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public RosterSnapshot snapshot() {
        return snapshot;
    }

    public BigDecimal trainingHours() {
        return trainingHours;
    }
}
