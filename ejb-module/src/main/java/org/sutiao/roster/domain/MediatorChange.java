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
    @Column(name = "message_key", length = 100)
    private String messageKey;
    @Column(name = "message_args", length = 4000)
    private String messageArgs;
    @Column(name = "report_id")
    private Long reportId;

    protected MediatorChange() {
    }

    /**
     * A change as a note shown in the reader's language ({@code ChangeTexts}).
     *
     * @param note    what changed, as message key and arguments
     * @param summary the same in Chinese, kept as plain text for whoever reads the table directly (cut at 2000
     *                characters)
     */
    public MediatorChange(Mediator mediator, Instant changedAt, String changedBy, ChangeNote note, String summary) {
        this.mediator = mediator;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
        this.messageKey = note.key();
        String args = note.joinedArgs();
        this.messageArgs = args.isEmpty() ? null : args;
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

    /** The change as stored in Chinese plain text (the only text of changes made before the note was kept). */
    public String summary() {
        return summary;
    }

    /** What changed as message key and arguments; null for a change made before the key was kept (plain text). */
    public ChangeNote note() {
        return ChangeNote.stored(messageKey, messageArgs);
    }

    public Long reportId() {
        return reportId;
    }
}
