package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * One change to a mediator's roster record, with who and when (nothing about a mediator changes unrecorded). Not
 * yet reported while {@link #reportId()} is null; a returned report releases its changes for the next one.
 */
@Entity
@Table(name = "mediator_change")
@NamedQuery(name = "MediatorChange.byMediator",
        query = "select c from MediatorChange c where c.mediator = :mediator order by c.changedAt desc, c.id desc")
@NamedQuery(name = "MediatorChange.unreportedByCenter",
        query = "select c from MediatorChange c join fetch c.mediator m where m.center.code = :centerCode and c.reportId is null order by m.code, c.changedAt, c.id")
@NamedQuery(name = "MediatorChange.byReport", query = "select c from MediatorChange c where c.reportId = :reportId")
public class MediatorChange extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(nullable = false, length = 2000)
    private String summary;
    @Column(name = "report_id")
    private Long reportId;

    protected MediatorChange() {
    }

    public MediatorChange(Mediator mediator, Instant changedAt, String changedBy, String summary) {
        this.mediator = mediator;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
    }

    /** Marks the change as carried by a report (or, with null, released again after a return). */
    public void reportedIn(Long reportId) {
        this.reportId = reportId;
    }

    public Mediator mediator() {
        return mediator;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String summary() {
        return summary;
    }

    public Long reportId() {
        return reportId;
    }
}
