package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;

/**
 * A center's report of its roster changes to HQ (上报; notice 法办〔2024〕623号 §4(3)). SUBMITTED → APPROVED (the
 * items enter the national roster) or RETURNED with comments (the changes go into the next report). One report of a
 * center waits at a time.
 */
@Entity
@Table(name = "roster_report")
@NamedQuery(name = "RosterReport.byCenter",
        query = "select r from RosterReport r where r.center.code = :centerCode order by r.submittedAt desc")
@NamedQuery(name = "RosterReport.byStatus",
        query = "select r from RosterReport r join fetch r.center where r.status = :status order by r.submittedAt")
@NamedQuery(name = "RosterReport.recent",
        query = "select r from RosterReport r join fetch r.center order by r.submittedAt desc")
@NamedQuery(name = "RosterReport.pendingOfCenter",
        query = "select count(r) from RosterReport r where r.center = :center and r.status = org.sutiao.roster.domain.ReportStatus.SUBMITTED")
public class RosterReport extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;
    @Column(length = 1000)
    private String note;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;
    @Column(name = "review_comments", length = 2000)
    private String reviewComments;

    protected RosterReport() {
    }

    public RosterReport(MediationCenter center, Instant submittedAt, String submittedBy, String note) {
        this.center = center;
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * HQ approves the report.
     *
     * @throws ConflictException when it was already reviewed
     */
    public void approve(String comments, Instant at, String by) {
        review(ReportStatus.APPROVED, comments, at, by);
    }

    /**
     * HQ returns the report for correction; comments are required.
     *
     * @throws InvalidInputException when the comments are missing
     * @throws ConflictException     when it was already reviewed
     */
    public void returnWith(String comments, Instant at, String by) {
        if (comments == null || comments.isBlank()) {
            throw new InvalidInputException("comments", "validation.required");
        }
        review(ReportStatus.RETURNED, comments, at, by);
    }

    private void review(ReportStatus outcome, String comments, Instant at, String by) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("rosterReport.reviewed", status.name());
        }
        if (comments != null && comments.strip().length() > 2000) {
            throw new InvalidInputException("comments", "validation.size", 0, 2000);
        }
        this.status = outcome;
        this.reviewedAt = at;
        this.reviewedBy = by;
        this.reviewComments = comments == null || comments.isBlank() ? null : comments.strip();
    }

    public MediationCenter center() {
        return center;
    }

    public ReportStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String note() {
        return note;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewComments() {
        return reviewComments;
    }
}
