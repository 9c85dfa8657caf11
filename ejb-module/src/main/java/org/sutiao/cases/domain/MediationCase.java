package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.directory.domain.Court;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The case aggregate: a commercial dispute referred by a court (委派 before filing / 委托 after filing) or applied
 * for directly, offered to a CCPIT mediation center, accepted with a mediator or declined with reasons.
 * <p>
 * Invariants: every transition is a method here that checks {@link CaseStatus#canMoveTo} and writes exactly one
 * {@link CaseEvent}; an illegal move throws {@link IllegalTransitionException}. The court's case number is unique
 * per referring court. Only an active mediator of the center holding the case can be assigned. Rules: notice
 * 法办〔2024〕623号 §4(4)1–3; 在线调解规则 Art. 12 (3 working days to accept or decline with reasons).
 * <p>
 * Equality: identity (database id); two unsaved instances are never equal.
 */
@Entity
@Table(name = "mediation_case")
@NamedQuery(name = "MediationCase.byCourtCaseNumber",
        query = "select c from MediationCase c where c.referringCourt.code = :courtCode and c.courtCaseNumber = :number")
@NamedQuery(name = "MediationCase.byIdempotencyKey",
        query = "select c from MediationCase c where c.referringCourt.code = :courtCode and c.idempotencyKey = :key")
public class MediationCase extends VersionedEntity {
    /** Longest free text kept in a reason or a timeline entry (characters). */
    public static final int MAX_TEXT = 2000;
    @Column(name = "case_number", unique = true, length = 30)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseSource source;
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_kind", length = 10)
    private ReferralKind referralKind;
    @ManyToOne
    @JoinColumn(name = "court_id")
    private Court referringCourt;
    @Column(name = "court_case_number", length = 60)
    private String courtCaseNumber;
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;
    @Column(name = "cause_of_action", nullable = false, length = 60)
    private String causeOfAction;
    @Column(name = "dispute_type", length = 30)
    private String disputeType;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "claim_amount", precision = 19, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "claim_currency", length = 3))
    private Money claimAmount;
    @Column(length = 4000)
    private String facts;
    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CaseStatus status;
    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @ManyToOne
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @ManyToOne
    @JoinColumn(name = "nominated_mediator_id")
    private Mediator nominatedMediator;
    @Column(name = "conflict_override_reason", length = 1000)
    private String conflictOverrideReason;
    @Column(name = "pushed_at", nullable = false)
    private Instant pushedAt;
    @Column(name = "acceptance_due_date")
    private LocalDate acceptanceDueDate;
    @Column(name = "acceptance_due_provisional", nullable = false)
    private boolean acceptanceDueProvisional;
    @Column(name = "acceptance_overdue", nullable = false)
    private boolean acceptanceOverdue;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "mediation_due_date")
    private LocalDate mediationDueDate;
    @Column(name = "mediation_due_provisional", nullable = false)
    private boolean mediationDueProvisional;

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Party> parties = new ArrayList<>();
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Claim> claims = new ArrayList<>();
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<CaseOffer> offers = new ArrayList<>();
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<CaseEvent> events = new ArrayList<>();
    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Material> materials = new ArrayList<>();

    protected MediationCase() {
    }

    private MediationCase(CaseSource source, CaseParticulars particulars, MediationCenter center, Instant pushedAt) {
        this.source = source;
        this.causeOfAction = particulars.causeOfAction();
        this.disputeType = particulars.disputeType();
        this.claimAmount = particulars.claimAmount();
        this.facts = particulars.facts();
        this.consentRecordedAt = particulars.consentRecordedAt();
        this.center = Objects.requireNonNull(center);
        this.pushedAt = Objects.requireNonNull(pushedAt);
        this.status = CaseStatus.PENDING_ACCEPTANCE;
    }

    /**
     * A court refers a dispute to a center (notice §4(4)1). The parties' consent must be recorded: referral is
     * allowed only with it (特邀调解规定 Art. 11).
     *
     * @param pushedAt       when the court pushed the case (day 0 of the acceptance period)
     * @param acceptanceDue  the 3rd working day after the push date, see {@code AcceptancePeriod}
     * @throws InvalidInputException when consent is missing
     */
    public static MediationCase referByCourt(ReferralKind kind, Court court, String courtCaseNumber,
                                             String idempotencyKey, CaseParticulars particulars,
                                             MediationCenter center, Instant pushedAt, DueDate acceptanceDue,
                                             Actor actor) {
        if (particulars.consentRecordedAt() == null) {
            throw new InvalidInputException("consentRecordedAt", "referral.consentRequired");
        }
        MediationCase c = new MediationCase(CaseSource.COURT_REFERRAL, particulars, center, pushedAt);
        c.referralKind = Objects.requireNonNull(kind);
        c.referringCourt = Objects.requireNonNull(court);
        c.courtCaseNumber = Objects.requireNonNull(courtCaseNumber);
        c.idempotencyKey = idempotencyKey;
        c.openOffer(center, pushedAt, acceptanceDue);
        c.record(pushedAt, EventType.REFERRED, actor, center.code() + " " + center.name());
        return c;
    }

    /** Gives the case its own number once it has an id ({@code CCPIT-2026-000951}). */
    public void assignCaseNumber() {
        if (caseNumber == null && id() != null) {
            caseNumber = "CCPIT-" + BusinessTime.dateOf(pushedAt).getYear() + "-" + String.format("%06d", id());
        }
    }

    /** Adds a party while the case is being referred; numbered in order from 1. */
    public Party addParty(PartyDetails details) {
        Party p = new Party(this, parties.size() + 1, details);
        parties.add(p);
        return p;
    }

    /** Adds a claim while the case is being referred; {@code amount} is null for a non-monetary claim. */
    public Claim addClaim(String text, Money amount) {
        Claim c = new Claim(this, claims.size() + 1, text, amount);
        claims.add(c);
        return c;
    }

    /** Records the metadata of a material file; the caller stores its bytes as {@link MaterialContent}. */
    public Material addMaterial(String fileName, String contentType, long size, String sha256, Instant at,
                                Actor actor) {
        Material m = new Material(this, fileName, contentType, size, sha256, at, actor.username());
        materials.add(m);
        return m;
    }

    /**
     * The center accepts and assigns a mediator; the mediation period starts (notice §4(4)3: 30 days from
     * acceptance on the platform).
     *
     * @param mediationDue the end of the mediation period computed from the acceptance date
     * @throws IllegalTransitionException unless the case is pending acceptance
     * @throws ConflictException          when the mediator is not active or belongs to another center
     */
    public void accept(Mediator mediator, Instant at, DueDate mediationDue, Actor actor) {
        accept(mediator, at, mediationDue, actor, null);
    }

    /**
     * Accepts and assigns a mediator despite a conflict-check hit, recording the center admin's reason (特邀调解规定
     * Art. 15: the disclosure to the parties follows in mediation).
     *
     * @param conflictOverride the recorded reason, or null when the check found nothing
     * @throws IllegalTransitionException when the case is not pending acceptance
     * @throws ConflictException          when the mediator is not assignable or of another center
     */
    public void accept(Mediator mediator, Instant at, DueDate mediationDue, Actor actor, String conflictOverride) {
        requireMove("accept", CaseStatus.IN_MEDIATION);
        if (status != CaseStatus.PENDING_ACCEPTANCE) {
            throw new IllegalTransitionException("accept", status);
        }
        if (!mediator.isAssignable()) {
            throw new ConflictException("mediator.notAssignable", mediator.code(), mediator.status().name());
        }
        if (!mediator.center().equals(center)) {
            throw new ConflictException("mediator.otherCenter", mediator.code(), center.code());
        }
        this.mediator = mediator;
        this.acceptedAt = at;
        this.mediationDueDate = mediationDue.date();
        this.mediationDueProvisional = mediationDue.provisional();
        this.status = CaseStatus.IN_MEDIATION;
        currentOffer().decide(OfferOutcome.ACCEPTED, at, actor.username(), null, null);
        this.conflictOverrideReason = conflictOverride;
        record(at, EventType.ACCEPTED, actor, mediator.code() + " " + mediator.name() + " · " + mediationDue.date()
                + (conflictOverride == null ? "" : " · conflict override: " + conflictOverride));
    }

    /**
     * Records the mediator the parties agreed on and named (特邀调解规定 Art. 12); the center sees them first.
     *
     * @throws ConflictException when the mediator is not of the case's center or not assignable
     */
    public void nominateMediator(Mediator m) {
        if (!m.center().equals(center)) {
            throw new ConflictException("mediator.otherCenter", m.code(), center.code());
        }
        if (!m.isAssignable()) {
            throw new ConflictException("mediator.notAssignable", m.code(), m.status().name());
        }
        this.nominatedMediator = m;
    }

    /** The mediator the parties named, or null. */
    public Mediator nominatedMediator() {
        return nominatedMediator;
    }

    /** Why the center assigned the mediator despite a conflict hit, or null. */
    public String conflictOverrideReason() {
        return conflictOverrideReason;
    }

    /**
     * The center declines, with a reason code and a written reason (在线调解规则 Art. 12). The court sees the
     * reason and may refer the case again.
     *
     * @throws InvalidInputException      when the code or the written reason is missing, or the reason is over 2000
     *                                    characters
     * @throws IllegalTransitionException unless the case is pending acceptance
     */
    public void decline(DeclineReasonCode code, String reason, Instant at, Actor actor) {
        if (code == null) {
            throw new InvalidInputException("reasonCode", "validation.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (reason.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "validation.size", 1, MAX_TEXT);
        }
        requireMove("decline", CaseStatus.DECLINED);
        if (status != CaseStatus.PENDING_ACCEPTANCE) {
            throw new IllegalTransitionException("decline", status);
        }
        this.status = CaseStatus.DECLINED;
        currentOffer().decide(OfferOutcome.DECLINED, at, actor.username(), code, reason.strip());
        record(at, EventType.DECLINED, actor, code.name() + ": " + reason.strip());
    }

    /**
     * The court offers the case to another center after a decline, or after the center let the acceptance period
     * lapse (在线调解规则 Art. 12: on refusal or silence the court re-designates). The previous offer is kept.
     *
     * @throws IllegalTransitionException unless declined, or pending and overdue
     * @throws ConflictException          when offered again to the center that declined it
     */
    public void referAgain(MediationCenter newCenter, Instant at, DueDate acceptanceDue, Actor actor) {
        boolean lapsed = status == CaseStatus.PENDING_ACCEPTANCE && acceptanceOverdue;
        if (status != CaseStatus.DECLINED && !lapsed) {
            throw new IllegalTransitionException("referAgain", status);
        }
        if (newCenter.equals(center) && status == CaseStatus.DECLINED) {
            throw new ConflictException("referral.sameCenterDeclined", newCenter.code());
        }
        if (lapsed) {
            currentOffer().decide(OfferOutcome.LAPSED, at, actor.username(), null, null);
        }
        openOffer(newCenter, at, acceptanceDue);
        this.center = newCenter;
        this.status = CaseStatus.PENDING_ACCEPTANCE;
        this.acceptanceOverdue = false;
        record(at, EventType.RE_REFERRED, actor, newCenter.code() + " " + newCenter.name());
    }

    /** Marks the pending case overdue; returns false (and records nothing) when it no longer applies. */
    public boolean markAcceptanceOverdue(Instant at) {
        if (status != CaseStatus.PENDING_ACCEPTANCE || acceptanceOverdue) {
            return false;
        }
        acceptanceOverdue = true;
        record(at, EventType.ACCEPTANCE_OVERDUE, Actor.SYSTEM, String.valueOf(acceptanceDueDate));
        return true;
    }

    /** Records the reminder sent to the center on the last working day; false when no longer pending. */
    public boolean recordAcceptanceReminder(Instant at) {
        if (status != CaseStatus.PENDING_ACCEPTANCE) {
            return false;
        }
        record(at, EventType.ACCEPTANCE_REMINDER, Actor.SYSTEM, String.valueOf(acceptanceDueDate));
        return true;
    }

    /** Replaces a provisional acceptance due date once the year's calendar is loaded; false if unchanged. */
    public boolean recomputeAcceptanceDue(DueDate due, Instant at) {
        if (!acceptanceDueProvisional || status != CaseStatus.PENDING_ACCEPTANCE) {
            return false;
        }
        LocalDate before = acceptanceDueDate;
        acceptanceDueDate = due.date();
        acceptanceDueProvisional = due.provisional();
        currentOffer().moveDue(due.date());
        record(at, EventType.DEADLINE_RECOMPUTED, Actor.SYSTEM, before + " → " + due.date());
        return true;
    }

    private void openOffer(MediationCenter c, Instant at, DueDate due) {
        offers.add(new CaseOffer(this, offers.size() + 1, c, at, due));
        this.acceptanceDueDate = due.date();
        this.acceptanceDueProvisional = due.provisional();
    }

    private void requireMove(String action, CaseStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(action, status);
        }
    }

    private void record(Instant at, EventType type, Actor actor, String detail) {
        String d = detail != null && detail.length() > MAX_TEXT ? detail.substring(0, MAX_TEXT - 1) + "…" : detail;
        events.add(new CaseEvent(this, at, type, actor.username(), actor.displayName(), d));
    }

    /** The offer under consideration (the last one). */
    public CaseOffer currentOffer() {
        return offers.get(offers.size() - 1);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CaseSource source() {
        return source;
    }

    public ReferralKind referralKind() {
        return referralKind;
    }

    public Court referringCourt() {
        return referringCourt;
    }

    public String courtCaseNumber() {
        return courtCaseNumber;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String causeOfAction() {
        return causeOfAction;
    }

    public String disputeType() {
        return disputeType;
    }

    public Money claimAmount() {
        return claimAmount == null || claimAmount.amount() == null ? null : claimAmount;
    }

    public String facts() {
        return facts;
    }

    public Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public MediationCenter center() {
        return center;
    }

    public Mediator mediator() {
        return mediator;
    }

    public Instant pushedAt() {
        return pushedAt;
    }

    /** Last working day to accept or decline (Beijing date); the period ends at 24:00 that day. */
    public LocalDate acceptanceDueDate() {
        return acceptanceDueDate;
    }

    /** Exclusive end of the acceptance period: 24:00 Beijing time of {@link #acceptanceDueDate()}. */
    public Instant acceptanceDueEnd() {
        return acceptanceDueDate == null ? null : BusinessTime.endOf(acceptanceDueDate);
    }

    public boolean acceptanceDueProvisional() {
        return acceptanceDueProvisional;
    }

    public boolean acceptanceOverdue() {
        return acceptanceOverdue;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public LocalDate mediationDueDate() {
        return mediationDueDate;
    }

    public boolean mediationDueProvisional() {
        return mediationDueProvisional;
    }

    public List<Party> parties() {
        return Collections.unmodifiableList(parties);
    }

    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    public List<CaseOffer> offers() {
        return Collections.unmodifiableList(offers);
    }

    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public List<Material> materials() {
        return Collections.unmodifiableList(materials);
    }

    /** The reason of the last decline, or null. */
    public CaseOffer lastDeclinedOffer() {
        for (int i = offers.size() - 1; i >= 0; i--) {
            if (offers.get(i).outcome() == OfferOutcome.DECLINED) {
                return offers.get(i);
            }
        }
        return null;
    }
}
