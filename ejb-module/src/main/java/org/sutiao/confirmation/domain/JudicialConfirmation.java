package org.sutiao.confirmation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.directory.domain.Court;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A joint application for judicial confirmation of a mediation agreement (民事诉讼法 Art. 205–206): every party joins
 * it; the application then reaches the court (the referring court, or for a direct application the basic court where
 * the center sits), whose review is tracked against 30 days; the court may ask for supplements and rules VALID
 * (ruling number, date and the ruling as a PDF) or REJECTED (reason).
 */
@Entity
@Table(name = "judicial_confirmation")
@NamedQuery(name = "JudicialConfirmation.byCase", query = "select j from JudicialConfirmation j where j.mediationCase = :c")
public class JudicialConfirmation extends VersionedEntity {
    /** Calendar days the court has to rule. */
    public static final int REVIEW_DAYS = 30;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @ManyToOne(optional = false)
    @JoinColumn(name = "court_id")
    private Court court;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConfirmationStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "confirmation_join", joinColumns = @JoinColumn(name = "confirmation_id"))
    @MapKeyColumn(name = "party_id")
    @Column(name = "joined_at", nullable = false)
    @jakarta.persistence.Convert(converter = org.sutiao.shared.domain.InstantConverter.class)
    private Map<Long, Instant> joins = new HashMap<>();
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "review_due_date")
    private LocalDate reviewDueDate;
    @Column(name = "supplement_note", length = 2000)
    private String supplementNote;
    @Column(name = "supplement_requested_at")
    private Instant supplementRequestedAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Ruling ruling;
    @Column(name = "ruling_number", length = 60)
    private String rulingNumber;
    @Column(name = "ruling_date")
    private LocalDate rulingDate;
    @Column(name = "ruling_material_id")
    private Long rulingMaterialId;
    @Column(length = 2000)
    private String reason;
    @Column(name = "ruled_at")
    private Instant ruledAt;
    @Column(name = "ruled_by", length = 64)
    private String ruledBy;

    protected JudicialConfirmation() {
    }

    public JudicialConfirmation(MediationCase c, Court court) {
        this.mediationCase = c;
        this.court = court;
        this.status = ConfirmationStatus.JOINING;
    }

    /**
     * A party joins; the last one completes the application, and the court's 30 days of review start (a period
     * ending on a rest day ends on the next working day, 民事诉讼法 Art. 85).
     *
     * @param allParties the ids of every party of the case
     * @param calendar   the working-day calendar, for the review period's last day
     * @return true when the application is complete (it goes to the court)
     * @throws ConflictException when the party already joined or the court already ruled
     */
    public boolean join(Long partyId, Set<Long> allParties, Instant at, LocalDate today,
                        WorkingDayCalendar calendar) {
        if (status == ConfirmationStatus.RULED) {
            throw new ConflictException("confirmation.ruled");
        }
        if (joins.containsKey(partyId)) {
            throw new ConflictException("confirmation.joined");
        }
        joins.put(partyId, at);
        if (joins.keySet().containsAll(allParties)) {
            status = ConfirmationStatus.UNDER_REVIEW;
            requestedAt = at;
            reviewDueDate = reviewDue(today, calendar).date();
            return true;
        }
        return false;
    }

    /**
     * The court asks for supplements (the review goes on).
     *
     * @throws ConflictException unless under review
     */
    public void requestSupplement(String note, Instant at) {
        if (status != ConfirmationStatus.UNDER_REVIEW && status != ConfirmationStatus.SUPPLEMENT_REQUESTED) {
            throw new ConflictException("confirmation.notUnderReview");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "validation.required");
        }
        if (note.strip().length() > 2000) {
            throw new InvalidInputException("note", "validation.size", 1, 2000);
        }
        status = ConfirmationStatus.SUPPLEMENT_REQUESTED;
        supplementNote = note.strip();
        supplementRequestedAt = at;
    }

    /**
     * The court rules: VALID with ruling number, date and the ruling document; REJECTED with a reason.
     *
     * @throws InvalidInputException when a required part is missing
     * @throws ConflictException     unless under review
     */
    public void rule(Ruling r, String number, LocalDate date, Long materialId, String why, Instant at, String by) {
        if (status != ConfirmationStatus.UNDER_REVIEW && status != ConfirmationStatus.SUPPLEMENT_REQUESTED) {
            throw new ConflictException("confirmation.notUnderReview");
        }
        java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (r == null) {
            errors.add(new InvalidInputException.FieldError("ruling", "validation.required"));
        } else if (r == Ruling.VALID) {
            if (number == null || number.isBlank() || number.strip().length() > 60) {
                errors.add(InvalidInputException.FieldError.text("rulingNumber", number, 60));
            }
            if (date == null) {
                errors.add(new InvalidInputException.FieldError("rulingDate", "validation.required"));
            }
            if (materialId == null) {
                errors.add(new InvalidInputException.FieldError("materialId", "confirmation.rulingDocument"));
            }
        } else if (why == null || why.isBlank() || why.strip().length() > 2000) {
            errors.add(InvalidInputException.FieldError.text("reason", why, 2000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.ruling = r;
        this.rulingNumber = r == Ruling.VALID ? number.strip() : null;
        this.rulingDate = r == Ruling.VALID ? date : null;
        this.rulingMaterialId = r == Ruling.VALID ? materialId : null;
        this.reason = why == null || why.isBlank() ? null : why.strip();
        this.ruledAt = at;
        this.ruledBy = by;
        this.status = ConfirmationStatus.RULED;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public Court court() {
        return court;
    }

    public ConfirmationStatus status() {
        return status;
    }

    public Map<Long, Instant> joins() {
        return Map.copyOf(joins);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate reviewDueDate() {
        return reviewDueDate;
    }

    /**
     * The last day of the court's review for an application completed on {@code completedOn}: {@link #REVIEW_DAYS}
     * calendar days, moved to the next working day when it is a rest day (民事诉讼法 Art. 85); provisional across a
     * year whose holiday notice is not loaded.
     */
    public static DueDate reviewDue(LocalDate completedOn, WorkingDayCalendar calendar) {
        return calendar.onOrNextWorkingDay(completedOn.plusDays(REVIEW_DAYS));
    }

    /**
     * Recomputes the review's last day with {@code calendar} (a year's notice was loaded) while the court has not
     * ruled yet.
     *
     * @return the new last day, or null when the court already ruled or nothing was applied for
     */
    public DueDate recomputeReviewDue(WorkingDayCalendar calendar) {
        if (requestedAt == null || status == ConfirmationStatus.RULED) {
            return null;
        }
        DueDate due = reviewDue(BusinessTime.dateOf(requestedAt), calendar);
        reviewDueDate = due.date();
        return due;
    }

    public String supplementNote() {
        return supplementNote;
    }

    public Ruling ruling() {
        return ruling;
    }

    public String rulingNumber() {
        return rulingNumber;
    }

    public LocalDate rulingDate() {
        return rulingDate;
    }

    public Long rulingMaterialId() {
        return rulingMaterialId;
    }

    public String reason() {
        return reason;
    }

    public Instant ruledAt() {
        return ruledAt;
    }
}
