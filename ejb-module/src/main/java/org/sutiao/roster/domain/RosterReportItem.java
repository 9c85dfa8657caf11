package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

/** One mediator in a roster report: the state reported and the change lines since the last report. */
@Entity
@Table(name = "roster_report_item")
@NamedQuery(name = "RosterReportItem.byReport",
        query = "select i from RosterReportItem i where i.report = :report order by i.snapshot.code")
@NamedQuery(name = "RosterReportItem.countByReport",
        query = "select count(i) from RosterReportItem i where i.report = :report")
public class RosterReportItem extends IdentifiedEntity {
    /** The most characters of a change list. */
    public static final int MAX_CHANGES = 4000;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private RosterReport report;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(nullable = false, length = 4000)
    private String changes;
    @Embedded
    private RosterSnapshot snapshot;

    protected RosterReportItem() {
    }

    /**
     * @param changes the changes as notes ({@link ChangeNote#joinForReport}); plain text in items made before notes
     *                were kept (cut at 4000 characters)
     */
    public RosterReportItem(RosterReport report, Mediator mediator, String changes, RosterSnapshot snapshot) {
        this.report = report;
        this.mediator = mediator;
        this.changes = changes.length() > 4000 ? changes.substring(0, 3999) + "…" : changes;
        this.snapshot = snapshot;
    }

    public RosterReport report() {
        return report;
    }

    public Mediator mediator() {
        return mediator;
    }

    public String changes() {
        return changes;
    }

    public RosterSnapshot snapshot() {
        return snapshot;
    }
}
