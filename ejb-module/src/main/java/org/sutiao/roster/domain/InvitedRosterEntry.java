package org.sutiao.roster.domain;

import jakarta.persistence.*;
import org.sutiao.directory.domain.Court;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a court's invited roster (特邀调解名册, 特邀调解规定 Art. 5–10): a center or an individual mediator,
 * valid from {@link #validFrom()} to {@link #validTo()} (inclusive, open-ended when null). A removal is recorded
 * with who, when and why; nothing is deleted.
 */
@Entity
@Table(name = "invited_roster_entry")
@NamedQuery(name = "InvitedRosterEntry.byCourt",
        query = "select e from InvitedRosterEntry e where e.court.code = :courtCode order by e.removedAt, e.addedAt desc")
@NamedQuery(name = "InvitedRosterEntry.count", query = "select count(e) from InvitedRosterEntry e")
public class InvitedRosterEntry extends VersionedEntity {
    @ManyToOne(optional = false)
    @JoinColumn(name = "court_id")
    private Court court;
    @ManyToOne
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @ManyToOne
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "removed_by", length = 64)
    private String removedBy;
    @Column(name = "removal_reason", length = 500)
    private String removalReason;

    protected InvitedRosterEntry() {
    }

    /**
     * @param center   the invited center, or null when a mediator is invited
     * @param mediator the invited mediator, or null when a center is invited
     * @throws InvalidInputException unless exactly one of them is given and the period is well ordered
     */
    public InvitedRosterEntry(Court court, MediationCenter center, Mediator mediator, LocalDate validFrom,
                              LocalDate validTo, Instant addedAt, String addedBy) {
        if ((center == null) == (mediator == null)) {
            throw new InvalidInputException("centerCode", "invitedRoster.oneTarget");
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "validation.required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validTo", "invitedRoster.periodOrder");
        }
        this.court = court;
        this.center = center;
        this.mediator = mediator;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /** True when the entry is not removed and {@code date} lies in its validity period. */
    public boolean isValidOn(LocalDate date) {
        return removedAt == null && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when the entry is not removed and its period overlaps [from, to] (to null = open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return removedAt == null && (to == null || !to.isBefore(validFrom)) && (validTo == null || !validTo.isBefore(from));
    }

    /**
     * Removes the entry with a reason.
     *
     * @throws InvalidInputException when the reason is missing or over 500 characters
     * @throws ConflictException     when already removed
     */
    public void remove(String reason, Instant at, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "validation.size", 1, 500);
        }
        if (removedAt != null) {
            throw new ConflictException("invitedRoster.alreadyRemoved");
        }
        this.removedAt = at;
        this.removedBy = by;
        this.removalReason = reason.strip();
    }

    public Court court() {
        return court;
    }

    public MediationCenter center() {
        return center;
    }

    public Mediator mediator() {
        return mediator;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public String removalReason() {
        return removalReason;
    }
}
