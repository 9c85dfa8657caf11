package org.sutiao.cases.domain;

import org.sutiao.shared.domain.PlausibleDates;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
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
@NamedQuery(name = "MediationCase.mediationDueProvisional",
        query = "select c from MediationCase c where c.mediationDueProvisional = :provisional")
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
    // one IN query for the courts of all the cases a query read (not on element collections of embeddables:
    // EclipseLink then fails with EclipseLink-69 on a half-initialised descriptor, eclipse-ee4j/eclipselink#921)
    @BatchFetch(BatchFetchType.IN)
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
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "nominated_mediator_id")
    private Mediator nominatedMediator;
    @Column(name = "conflict_override_reason", length = 1000)
    private String conflictOverrideReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason_code", length = 20)
    private FailureReason failureReasonCode;
    @Column(name = "failure_reason", length = 2000)
    private String failureReason;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "replacement_needed", nullable = false)
    private boolean replacementNeeded;
    @Enumerated(EnumType.STRING)
    @Column(name = "settled_scope", length = 10)
    private AgreementScope settledScope;
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
    /** Last working day for the respondents to consent to a direct application, once the center accepted it. */
    @Column(name = "consent_due_date")
    private LocalDate consentDueDate;
    @Column(name = "consent_due_provisional", nullable = false)
    private boolean consentDueProvisional;
    /** The account that applied directly (the applicant is told by it how to file when mediation fails). */
    @Column(name = "applicant_username", length = 64)
    private String applicantUsername;
    /** The court a judicial confirmation was addressed to when it is not the referring court (direct cases). */
    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "confirmation_court_id")
    private Court confirmationCourt;

    /*
     * The foreign keys again, read-only, for list queries whose scope must be served by an index without joining the
     * referenced tables (issue 10 §3); written only through the relationships above.
     */
    @Column(name = "court_id", insertable = false, updatable = false)
    private Long referringCourtId;
    @Column(name = "confirmation_court_id", insertable = false, updatable = false)
    private Long confirmationCourtId;
    @Column(name = "center_id", insertable = false, updatable = false)
    private Long centerId;
    @Column(name = "mediator_id", insertable = false, updatable = false)
    private Long mediatorId;

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
    /** The case's deadlines (read only to re-scope the open ones; each persisted by whoever opens it). */
    @OneToMany(mappedBy = "mediationCase")
    private List<Deadline> deadlines = new ArrayList<>();

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

    /**
     * A party applies directly to a center (notice §4(4)5): the application is the applicant's consent; the center
     * has 3 working days to accept or decline, then the respondents are asked (在线调解规则 Art. 15).
     *
     * @param applicantUsername the applying account (null for an application imported from elsewhere)
     * @param acceptanceDue     the 3rd working day after the application date
     */
    public static MediationCase applyDirectly(String applicantUsername, CaseParticulars particulars,
                                              MediationCenter center, Instant appliedAt, DueDate acceptanceDue,
                                              Actor actor) {
        MediationCase c = new MediationCase(CaseSource.DIRECT_APPLICATION, particulars, center, appliedAt);
        c.applicantUsername = applicantUsername;
        c.openOffer(center, appliedAt, acceptanceDue);
        c.record(appliedAt, EventType.APPLIED, actor, center.code() + " " + center.name());
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
     * A participant adds a document during the case (evidence, a written consent, minutes); one timeline event.
     *
     * @throws IllegalTransitionException once the case is closed
     */
    public Material attachMaterial(String fileName, String contentType, long size, String sha256, Instant at,
                                   Actor actor) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalTransitionException("material", status);
        }
        Material m = addMaterial(fileName, contentType, size, sha256, at, actor);
        record(at, EventType.MATERIAL_ADDED, actor, fileName);
        return m;
    }

    /**
     * The center accepts and assigns a mediator; the mediation period starts (notice §4(4)3: 30 days from
     * acceptance on the platform).
     *
     * @param mediationDue the end of the mediation period computed from the acceptance date
     * @throws IllegalTransitionException unless the case is pending acceptance
     * @throws ConflictException          when the acceptance period lapsed ({@code acceptance.lapsed}, see
     *                                    {@link #acceptanceLapsed}), or the mediator is not active or belongs to
     *                                    another center
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
     * @throws ConflictException          when the acceptance period lapsed, or the mediator is not assignable or of
     *                                    another center
     */
    public void accept(Mediator mediator, Instant at, DueDate mediationDue, Actor actor, String conflictOverride) {
        if (source == CaseSource.DIRECT_APPLICATION) {
            throw new IllegalTransitionException("accept", status);
        }
        assign(mediator, at, actor, conflictOverride, CaseStatus.IN_MEDIATION);
        this.mediationDueDate = mediationDue.date();
        this.mediationDueProvisional = mediationDue.provisional();
        record(at, EventType.ACCEPTED, actor, mediator.code() + " " + mediator.name() + " · " + mediationDue.date()
                + (conflictOverride == null ? "" : " · conflict override: " + conflictOverride));
    }

    /**
     * The center accepts a direct application and assigns a mediator; the respondents are then asked and have until
     * {@code consentDue} to consent (在线调解规则 Art. 15). The mediation period starts when all have consented.
     *
     * @throws IllegalTransitionException unless a direct application pending acceptance
     * @throws ConflictException          when the acceptance period lapsed ({@code acceptance.lapsedApplication}),
     *                                    or the mediator is not active or belongs to another center
     */
    public void acceptApplication(Mediator mediator, Instant at, DueDate consentDue, Actor actor,
                                  String conflictOverride) {
        if (source != CaseSource.DIRECT_APPLICATION) {
            throw new IllegalTransitionException("accept", status);
        }
        assign(mediator, at, actor, conflictOverride, CaseStatus.PENDING_CONSENT);
        this.consentDueDate = consentDue.date();
        this.consentDueProvisional = consentDue.provisional();
        record(at, EventType.ACCEPTED, actor, mediator.code() + " " + mediator.name() + " · "
                + consentDue.date() + (conflictOverride == null ? "" : " · conflict override: " + conflictOverride));
    }

    private void assign(Mediator mediator, Instant at, Actor actor, String conflictOverride, CaseStatus next) {
        requireMove("accept", next);
        if (status != CaseStatus.PENDING_ACCEPTANCE) {
            throw new IllegalTransitionException("accept", status);
        }
        if (acceptanceLapsed(at)) {
            throw new ConflictException(source == CaseSource.DIRECT_APPLICATION ? "acceptance.lapsedApplication"
                    : "acceptance.lapsed", acceptanceDueDate);
        }
        if (!mediator.isAssignable()) {
            throw new ConflictException("mediator.notAssignable", mediator.code(), mediator.status().name());
        }
        if (!mediator.center().equals(center)) {
            throw new ConflictException("mediator.otherCenter", mediator.code(), center.code());
        }
        this.mediator = mediator;
        this.acceptedAt = at;
        this.status = next;
        rescopeDeadlines();
        currentOffer().decide(OfferOutcome.ACCEPTED, at, actor.username(), null, null);
        this.conflictOverrideReason = conflictOverride;
    }

    /**
     * A respondent answers a direct application (在线调解规则 Art. 15). A refusal (with its reason) ends the case as
     * {@link CaseStatus#CONSENT_REFUSED}; when the last respondent consents, mediation starts and runs to
     * {@code mediationDue}'s date.
     *
     * @param mediationDue computes the end of the mediation period (asked only when mediation starts)
     * @return true when mediation started with this answer
     * @throws InvalidInputException      when refusing without a reason, or a reason over 1000 characters
     * @throws IllegalTransitionException unless waiting for consent
     * @throws ConflictException          when the party is not a respondent or has answered already
     */
    public boolean answerApplication(Party p, boolean agree, String reason, Instant at,
                                     java.util.function.Supplier<DueDate> mediationDue, Actor actor) {
        String r = optional(reason);
        if (!agree && r == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (r != null && r.length() > 1000) {
            throw new InvalidInputException("reason", "validation.size", 1, 1000);
        }
        if (status != CaseStatus.PENDING_CONSENT) {
            throw new IllegalTransitionException("respondentConsent", status);
        }
        if (consentDueDate != null && BusinessTime.dateOf(at).isAfter(consentDueDate)) {
            throw new ConflictException("application.tooLate", consentDueDate);
        }
        if (p.role() != PartyRole.RESPONDENT) {
            throw new ConflictException("application.notRespondent", p.name());
        }
        if (p.consentAgreed() != null) {
            throw new ConflictException("application.answered", p.name());
        }
        p.answerConsent(agree, r, at);
        if (!agree) {
            status = CaseStatus.CONSENT_REFUSED;
            failureReasonCode = FailureReason.RESPONDENT_REFUSED;
            failureReason = p.name() + ": " + r;
            endedAt = at;
            record(at, EventType.RESPONDENT_REFUSED, actor, p.name() + ": " + r);
            return false;
        }
        boolean all = parties.stream().filter(x -> x.role() == PartyRole.RESPONDENT)
                .allMatch(x -> Boolean.TRUE.equals(x.consentAgreed()));
        if (!all) {
            record(at, EventType.RESPONDENT_CONSENTED, actor, p.name());
            return false;
        }
        DueDate due = mediationDue.get();
        status = CaseStatus.IN_MEDIATION;
        mediationDueDate = due.date();
        mediationDueProvisional = due.provisional();
        record(at, EventType.RESPONDENT_CONSENTED, actor, p.name() + " · " + due.date());
        return true;
    }

    /**
     * No answer from every respondent within the consent period: the application ends (在线调解规则 Art. 15).
     *
     * @return false (and nothing recorded) when the case no longer waits for consent
     */
    public boolean lapseConsent(Instant at) {
        if (status != CaseStatus.PENDING_CONSENT) {
            return false;
        }
        status = CaseStatus.CONSENT_REFUSED;
        failureReasonCode = FailureReason.RESPONDENT_NO_ANSWER;
        String silent = String.join("、", parties.stream()
                .filter(x -> x.role() == PartyRole.RESPONDENT && x.consentAgreed() == null).map(Party::name).toList());
        failureReason = silent;
        endedAt = at;
        record(at, EventType.CONSENT_LAPSED, Actor.SYSTEM, silent);
        return true;
    }

    /** The referral kind whose mediation-period rule applies: a direct application follows the DELEGATED rule. */
    public ReferralKind periodRuleKind() {
        return referralKind == null ? ReferralKind.DELEGATED : referralKind;
    }

    /**
     * Addresses a judicial confirmation to {@code court}: the referring court, or for a direct application the
     * basic court where the center sits (民事诉讼法 Art. 205); that court's clerks then see the case.
     */
    public void addressConfirmationTo(Court court) {
        if (referringCourt == null || !referringCourt.equals(court)) {
            this.confirmationCourt = court;
            rescopeDeadlines();
        }
    }

    /**
     * The keys a case's scope is decided by ({@code CaseScope}): its center, its mediator (null before acceptance)
     * and its court, the referring court or else the court its confirmation went to (null for a direct application
     * before that). Copied onto its open deadlines.
     */
    public record ScopeKeys(Long centerId, Long mediatorId, Long courtId) {
    }

    /** The case's scope keys as they are now (from the relationships, so also before a flush). */
    public ScopeKeys scopeKeys() {
        Court court = referringCourt != null ? referringCourt : confirmationCourt;
        return new ScopeKeys(center.id(), mediator == null ? null : mediator.id(), court == null ? null : court.id());
    }

    /** Registers a deadline just opened for this case (called by its constructor), so that it is re-scoped too. */
    void opened(Deadline d) {
        deadlines.add(d);
    }

    /**
     * The one place that keeps the open deadlines' scope keys equal to the case's: called by every change of the
     * center (re-referral), the mediator (acceptance, replacement) or the court (a confirmation's court).
     */
    private void rescopeDeadlines() {
        ScopeKeys keys = scopeKeys();
        for (Deadline d : deadlines) {
            d.follow(keys);
        }
    }

    /** The court a judicial confirmation of a direct application went to, or null. */
    public Court confirmationCourt() {
        return confirmationCourt;
    }

    /** The account that applied directly, or null for a referred case. */
    public String applicantUsername() {
        return applicantUsername;
    }

    /** Last working day for the respondents' consent to a direct application, or null. */
    public LocalDate consentDueDate() {
        return consentDueDate;
    }

    /** True while the consent due date was computed across a year whose holiday notice is not loaded. */
    public boolean consentDueProvisional() {
        return consentDueProvisional;
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
     * lapse (在线调解规则 Art. 12: on refusal or silence the court re-designates). A lapsed case may go to the same
     * center again, which then has a new period; a center that declined is not asked again. The previous offer is
     * kept.
     *
     * @throws IllegalTransitionException unless declined, or pending with its period lapsed at {@code at}
     * @throws ConflictException          when offered again to the center that declined it
     */
    public void referAgain(MediationCenter newCenter, Instant at, DueDate acceptanceDue, Actor actor) {
        boolean lapsed = acceptanceLapsed(at);
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
        rescopeDeadlines();
        this.status = CaseStatus.PENDING_ACCEPTANCE;
        this.acceptanceOverdue = false;
        record(at, EventType.RE_REFERRED, actor, newCenter.code() + " " + newCenter.name());
    }

    /**
     * True when the case still waits for the center's decision and its acceptance period has ended at {@code now}:
     * 24:00 Beijing time of the acceptance due date has passed (在线调解规则 Art. 12; 民事诉讼法 Art. 85). Decided from
     * the due date and the clock alone, whether or not the deadline timer has marked the case overdue yet. From then
     * on the center may no longer accept (it may still decline with reasons) and the court may refer the case again,
     * also to the same center.
     */
    public boolean acceptanceLapsed(Instant now) {
        return acceptanceLapsed(status, acceptanceDueDate, now);
    }

    /**
     * The lapse rule on a case's columns (for list projections that read no entity): pending acceptance and the
     * due date's 24:00 Beijing time has passed at {@code now}.
     */
    public static boolean acceptanceLapsed(CaseStatus status, LocalDate acceptanceDueDate, Instant now) {
        return status == CaseStatus.PENDING_ACCEPTANCE && acceptanceDueDate != null
                && acceptanceDueDate.isBefore(lapsedBefore(now));
    }

    /**
     * The lapse rule as a bound for queries, the same rule as {@link #acceptanceLapsed}: at {@code now}, an
     * acceptance due date before the returned Beijing date has lapsed (its 24:00 has passed), one on or after it
     * has not.
     */
    public static LocalDate lapsedBefore(Instant now) {
        return BusinessTime.dateOf(now);
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

    /**
     * Replaces a provisional mediation due date once the year's calendar is loaded (the period's arithmetic is
     * unchanged, only the working days are now known); one timeline event when the date moves. A case whose
     * mediation already ended keeps the recomputed date for the record (the timeline shows the move).
     *
     * @return false (nothing recorded) unless the due date was provisional
     */
    public boolean recomputeMediationDue(DueDate due, Instant at) {
        if (!mediationDueProvisional || mediationDueDate == null) {
            return false;
        }
        LocalDate before = mediationDueDate;
        moveDue(due);
        recordRecomputed(before, due.date(), at);
        return true;
    }

    /**
     * Replaces a provisional consent due date of a direct application once the year's calendar is loaded.
     *
     * @return false (nothing recorded) unless provisional and still waiting for consent
     */
    public boolean recomputeConsentDue(DueDate due, Instant at) {
        if (!consentDueProvisional || status != CaseStatus.PENDING_CONSENT) {
            return false;
        }
        LocalDate before = consentDueDate;
        consentDueDate = due.date();
        consentDueProvisional = due.provisional();
        recordRecomputed(before, due.date(), at);
        return true;
    }

    /**
     * Records that a provisional date of another deadline (failure report, court review) was recomputed once the
     * year's calendar was loaded; nothing when the date did not move.
     */
    public void recordRecomputed(LocalDate before, LocalDate after, Instant at) {
        if (!before.equals(after)) {
            record(at, EventType.DEADLINE_RECOMPUTED, Actor.SYSTEM, before + " → " + after);
        }
    }

    // ---- the mediation workspace (issue: mediation to an outcome) ----

    /**
     * The mediator declares no conflict, or discloses one, before the first session (在线调解规则 Art. 13; 特邀调解规定
     * Art. 15).
     *
     * @param details required when {@code hasConflict}, at most 2000 characters
     * @throws InvalidInputException      when a conflict is disclosed without details
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public Disclosure disclose(boolean hasConflict, String details, Instant at, Actor actor) {
        requireActive("disclosure");
        String d = hasConflict ? text("details", details) : optional(details);
        Disclosure disclosure = new Disclosure(this, mediator, hasConflict, d, at);
        record(at, EventType.DISCLOSED, actor, hasConflict ? "conflict: " + d : "no conflict");
        return disclosure;
    }

    /**
     * A party answers a disclosed conflict; a refusal means the center must replace the mediator.
     *
     * @throws ConflictException          when nothing was disclosed, the party already answered, or the disclosure is
     *                                    not the current mediator's
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public void answerDisclosure(Disclosure d, Party p, boolean agree, Instant at, Actor actor) {
        requireActive("disclosureConsent");
        if (!d.hasConflict() || !d.mediator().equals(mediator)) {
            throw new ConflictException("disclosure.nothingToAnswer");
        }
        if (d.answerOf(p) != null) {
            throw new ConflictException("disclosure.answered", p.name());
        }
        d.answer(p, agree, at);
        if (!agree) {
            replacementNeeded = true;
        }
        record(at, EventType.DISCLOSURE_ANSWERED, actor, p.name() + (agree ? ": agrees" : ": refuses"));
    }

    /**
     * A party asks the center for another mediator (特邀调解规定 Art. 15).
     *
     * @throws InvalidInputException      when the reason is missing
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public void requestReplacement(Party p, String reason, Instant at, Actor actor) {
        requireActive("replacementRequest");
        String r = text("reason", reason);
        replacementNeeded = true;
        record(at, EventType.REPLACEMENT_REQUESTED, actor, p.name() + ": " + r);
    }

    /**
     * The center assigns another of its active mediators; the new mediator discloses again.
     *
     * @throws ConflictException          when the mediator is the current one, not assignable or of another center
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public void replaceMediator(Mediator next, String reason, String conflictOverride, Instant at, Actor actor) {
        requireActive("replaceMediator");
        String r = text("reason", reason);
        if (next.equals(mediator)) {
            throw new ConflictException("mediator.sameAsCurrent", next.code());
        }
        if (!next.isAssignable()) {
            throw new ConflictException("mediator.notAssignable", next.code(), next.status().name());
        }
        if (!next.center().equals(center)) {
            throw new ConflictException("mediator.otherCenter", next.code(), center.code());
        }
        Mediator before = mediator;
        mediator = next;
        rescopeDeadlines();
        replacementNeeded = false;
        conflictOverrideReason = conflictOverride;
        record(at, EventType.MEDIATOR_REPLACED, actor, before.code() + " → " + next.code() + " " + next.name() + " · " + r
                + (conflictOverride == null ? "" : " · conflict override: " + conflictOverride));
    }

    /**
     * Suspends mediation for appraisal or evaluation (鉴定评估): the clock stops from {@code start}.
     *
     * @throws InvalidInputException      when institution, reason or start are missing, or start lies before
     *                                    acceptance or after today (Beijing date of {@code at}): the clock stops
     *                                    when the appraisal has started, not in advance (issue 9 §4)
     * @throws IllegalTransitionException unless in mediation
     */
    public Suspension suspend(String institution, String reason, LocalDate start, Instant at, Actor actor) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (institution == null || institution.isBlank() || institution.strip().length() > 200) {
            errors.add(InvalidInputException.FieldError.text("institution", institution, 200));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new InvalidInputException.FieldError("reason", "validation.required"));
        }
        if (start == null) {
            errors.add(new InvalidInputException.FieldError("startDate", "validation.required"));
        } else if (acceptedAt != null && start.isBefore(BusinessTime.dateOf(acceptedAt))) {
            errors.add(new InvalidInputException.FieldError("startDate", "suspension.beforeAcceptance"));
        } else if (start.isAfter(BusinessTime.dateOf(at))) {
            errors.add(new InvalidInputException.FieldError("startDate", "suspension.startInFuture"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireMove("suspend", CaseStatus.SUSPENDED);
        Suspension s = new Suspension(this, institution.strip(), text("reason", reason), start, at);
        status = CaseStatus.SUSPENDED;
        record(at, EventType.SUSPENDED, actor, s.institution() + " · " + start + " · " + s.reason());
        return s;
    }

    /**
     * Ends a suspension on {@code end}; the days suspended are added and the due date moves.
     *
     * @param newDue the due date recomputed with this suspension ended
     * @throws InvalidInputException      when the end lies before the start
     * @throws ConflictException          when the suspension already ended
     * @throws IllegalTransitionException unless suspended
     */
    public void resume(Suspension s, LocalDate end, java.util.function.Supplier<DueDate> newDue, Instant at,
                       Actor actor) {
        if (end == null) {
            throw new InvalidInputException("endDate", "validation.required");
        }
        if (end.isBefore(s.startDate())) {
            throw new InvalidInputException("endDate", "suspension.endBeforeStart");
        }
        if (!s.isRunning()) {
            throw new ConflictException("suspension.ended");
        }
        requireMove("resume", CaseStatus.IN_MEDIATION);
        if (status != CaseStatus.SUSPENDED) {
            throw new IllegalTransitionException("resume", status);
        }
        s.end(end, at);
        status = CaseStatus.IN_MEDIATION;
        LocalDate before = mediationDueDate;
        moveDue(newDue.get());
        record(at, EventType.RESUMED, actor, s.startDate() + "–" + end + " · " + before + " → " + mediationDueDate);
    }

    /**
     * The mediator proposes a later due date; it takes effect when every party has consented.
     *
     * @throws InvalidInputException      when the date is missing or not after the current due date, or the reason is
     *                                    missing
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public Extension proposeExtension(LocalDate newDueDate, String reason, Instant at, Actor actor) {
        requireActive("extension");
        if (newDueDate == null) {
            throw new InvalidInputException("newDueDate", "validation.required");
        }
        if (mediationDueDate != null && !newDueDate.isAfter(mediationDueDate)) {
            throw new InvalidInputException("newDueDate", "extension.notLater", mediationDueDate);
        }
        Extension e = new Extension(this, newDueDate, text("reason", reason), at);
        record(at, EventType.EXTENSION_PROPOSED, actor, newDueDate + " · " + e.reason());
        return e;
    }

    /**
     * A party's consent to an extension (online, or written and uploaded by the mediator). The last consent makes
     * it effective and moves the due date.
     *
     * @param newDue the due date recomputed with the extension in effect (asked for only then)
     * @return true when the extension took effect
     * @throws ConflictException          when the extension is not open or the party already consented
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public boolean consentExtension(Extension e, Party p, boolean written, Long materialId,
                                    java.util.function.Supplier<DueDate> newDue, Instant at, Actor actor) {
        requireActive("extensionConsent");
        if (e.status() != ExtensionStatus.PROPOSED) {
            throw new ConflictException("extension.notOpen", e.status().name());
        }
        if (e.hasConsentOf(p)) {
            throw new ConflictException("extension.consented", p.name());
        }
        boolean effective = e.consent(p, written, materialId, at, actor.username());
        if (!effective) {
            record(at, EventType.EXTENSION_CONSENTED, actor, p.name() + (written ? " (written)" : ""));
            return false;
        }
        LocalDate before = mediationDueDate;
        moveDue(newDue.get());
        record(at, EventType.EXTENDED, actor, p.name() + (written ? " (written)" : "") + " · " + before + " → "
                + mediationDueDate);
        return true;
    }

    /** Records the reminder {@code daysBefore} days before the due date; false (nothing recorded) when not in mediation. */
    public boolean recordMediationReminder(long daysBefore, Instant at) {
        if (status != CaseStatus.IN_MEDIATION) {
            return false;
        }
        record(at, EventType.MEDIATION_REMINDER, Actor.SYSTEM, daysBefore + " · " + mediationDueDate);
        return true;
    }

    /**
     * The period ended without result or effective extension: mediation fails with "period expired". False when the
     * case is no longer in mediation (idempotent).
     */
    public boolean expire(Instant at) {
        if (status != CaseStatus.IN_MEDIATION) {
            return false;
        }
        end(FailureReason.PERIOD_EXPIRED, String.valueOf(mediationDueDate), at, Actor.SYSTEM);
        return true;
    }

    /**
     * The mediator ends mediation without agreement (在线调解规则 Art. 25): a party unreachable or refusing, a party
     * refusing to sign, or another stated reason.
     *
     * @throws InvalidInputException      when the reason code is missing or PERIOD_EXPIRED (only the timer uses it),
     *                                    or the reason text is missing
     * @throws IllegalTransitionException unless in mediation or suspended
     */
    public void fail(FailureReason code, String reason, Instant at, Actor actor) {
        requireActive("fail");
        if (code == null || code == FailureReason.PERIOD_EXPIRED) {
            throw new InvalidInputException("reasonCode", "validation.required");
        }
        end(code, text("reason", reason), at, actor);
    }

    private void end(FailureReason code, String reason, Instant at, Actor actor) {
        requireMove("fail", CaseStatus.FAILED);
        status = CaseStatus.FAILED;
        failureReasonCode = code;
        failureReason = reason;
        endedAt = at;
        record(at, EventType.FAILED, actor, code.name() + ": " + reason);
    }

    /**
     * A party withdraws: mediation is voluntary (在线调解规则 Art. 25); the case goes back to the court. Before a
     * direct application's respondents consented only its applicant withdraws; a respondent refuses instead
     * ({@link #answerApplication}), so that its reason is recorded.
     *
     * @throws InvalidInputException      when the reason is missing
     * @throws IllegalTransitionException when the case already ended
     * @throws ConflictException          when a respondent would withdraw an application it has not consented to
     */
    public void withdraw(Party p, String reason, Instant at, Actor actor) {
        String r = text("reason", reason);
        requireMove("withdraw", CaseStatus.WITHDRAWN);
        if (!mayWithdraw(status, source, p.role())) {
            throw new ConflictException("application.refuseInstead", p.name());
        }
        status = CaseStatus.WITHDRAWN;
        endedAt = at;
        failureReason = p.name() + ": " + r;
        record(at, EventType.WITHDRAWN, actor, p.name() + ": " + r);
    }

    /**
     * Whether a party of {@code role} may withdraw a case of {@code source} in {@code status}: at any time before the
     * case ended (在线调解规则 Art. 25: mediation is voluntary), except that before a direct application's respondents
     * consented only its applicant withdraws (a respondent refuses instead, with its reason recorded). The rule of
     * {@link #withdraw} and of the actions offered to a party ({@code CaseActions}).
     */
    public static boolean mayWithdraw(CaseStatus status, CaseSource source, PartyRole role) {
        boolean beforeConsent = status == CaseStatus.PENDING_ACCEPTANCE || status == CaseStatus.PENDING_CONSENT;
        return status.canMoveTo(CaseStatus.WITHDRAWN)
                && !(source == CaseSource.DIRECT_APPLICATION && role != PartyRole.APPLICANT && beforeConsent);
    }

    /**
     * The mediator's failure report to the court; all four parts are required (an empty conduct list means none).
     *
     * @throws InvalidInputException      when a text is missing or too long, or a conduct names no party of the case
     * @throws ConflictException          when a report already exists
     * @throws IllegalTransitionException unless the case failed
     */
    public FailureReport reportFailure(String basicSituation, String failureReasons, List<CostConduct> conduct,
                                       String notesForCourt, boolean alreadyReported, Instant at, Actor actor) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        long4000(errors, "basicSituation", basicSituation);
        long4000(errors, "failureReasons", failureReasons);
        long4000(errors, "notesForCourt", notesForCourt);
        if (conduct == null) {
            errors.add(new InvalidInputException.FieldError("costIncreasingConduct", "validation.required"));
        } else {
            for (int i = 0; i < conduct.size(); i++) {
                CostConduct cc = conduct.get(i);
                if (cc == null || parties.stream().noneMatch(p -> p.id().equals(cc.partyId()))) {
                    errors.add(new InvalidInputException.FieldError("costIncreasingConduct[" + i + "].partyId",
                            "failureReport.unknownParty"));
                } else if (cc.description() == null || cc.description().isBlank()) {
                    errors.add(new InvalidInputException.FieldError("costIncreasingConduct[" + i + "].description",
                            "validation.required"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (status != CaseStatus.FAILED && !(status == CaseStatus.SETTLED && settledScope == AgreementScope.PARTIAL)) {
            throw new IllegalTransitionException("failureReport", status);
        }
        if (alreadyReported) {
            throw new ConflictException("failureReport.exists");
        }
        FailureReport r = new FailureReport(this, basicSituation.strip(), failureReasons.strip(),
                conduct.stream().map(c -> new CostConduct(c.partyId(), c.description().strip())).toList(),
                notesForCourt.strip(), at, actor.username());
        record(at, EventType.FAILURE_REPORTED, actor, failureReasons.strip());
        return r;
    }

    /**
     * The court acknowledges the failure report and records what it did: a DELEGATED case is registered (with the
     * filed case number), an ENTRUSTED case resumes trial. The case is closed on the mediation side.
     *
     * @throws InvalidInputException      when the action does not fit the referral kind or the filed number is missing
     * @throws ConflictException          when already acknowledged
     * @throws IllegalTransitionException unless the case failed
     */
    public void acknowledgeFailureReport(FailureReport r, CourtAction action, String filedCaseNumber, Instant at,
                                         Actor actor) {
        CourtAction expected = referralKind == ReferralKind.DELEGATED ? CourtAction.CASE_REGISTERED
                : referralKind == ReferralKind.ENTRUSTED ? CourtAction.TRIAL_RESUMED : CourtAction.APPLICANT_INFORMED;
        if (action != expected) {
            throw new InvalidInputException("action", "failureReport.action", expected.name());
        }
        String filed = optional(filedCaseNumber);
        if (action == CourtAction.CASE_REGISTERED && filed == null) {
            throw new InvalidInputException("filedCaseNumber", "validation.required");
        }
        if (filed != null && filed.length() > 60) {
            throw new InvalidInputException("filedCaseNumber", "validation.size", 1, 60);
        }
        if (r.acknowledgedAt() != null) {
            throw new ConflictException("failureReport.acknowledged");
        }
        if (status != CaseStatus.FAILED && status != CaseStatus.SETTLED) {
            throw new IllegalTransitionException("acknowledge", status);
        }
        r.acknowledge(action, filed, at, actor.username());
        if (status == CaseStatus.FAILED) {
            status = CaseStatus.CLOSED; // a partial settlement stays SETTLED: its agreement goes on
        }
        record(at, EventType.FAILURE_REPORT_ACKNOWLEDGED, actor, action.name() + (filed == null ? "" : " " + filed));
    }

    /**
     * The mediator drafted (or changed) the agreement; signatures given to an earlier revision no longer count.
     *
     * @throws IllegalTransitionException unless in mediation
     */
    public void recordAgreementDrafted(int revision, boolean signingRestarted, Instant at, Actor actor) {
        if (status != CaseStatus.IN_MEDIATION) {
            throw new IllegalTransitionException("agreement", status);
        }
        record(at, EventType.AGREEMENT_DRAFTED, actor, "rev. " + revision + (signingRestarted ? " · signing restarted" : ""));
    }

    /**
     * A signature of the agreement that is not the last one.
     *
     * @throws IllegalTransitionException unless in mediation
     */
    public void recordSignature(String signer, Instant at, Actor actor) {
        if (status != CaseStatus.IN_MEDIATION) {
            throw new IllegalTransitionException("sign", status);
        }
        record(at, EventType.AGREEMENT_SIGNED, actor, signer);
    }

    /**
     * The last signature: the agreement is in effect and the case is settled, in full or in part.
     *
     * @throws IllegalTransitionException unless in mediation
     */
    public void settle(AgreementScope scope, String lastSigner, Instant at, Actor actor) {
        requireMove("settle", CaseStatus.SETTLED);
        if (status != CaseStatus.IN_MEDIATION) {
            throw new IllegalTransitionException("settle", status);
        }
        status = CaseStatus.SETTLED;
        settledScope = scope;
        endedAt = at;
        record(at, EventType.SETTLED, actor, scope.name() + " · " + lastSigner);
    }

    /**
     * A step after settlement that leaves the status as it is (judicial confirmation, mediation document,
     * performance), as one timeline event.
     *
     * @throws IllegalTransitionException unless settled
     */
    public void recordAfterSettlement(EventType type, String detail, Instant at, Actor actor) {
        if (status != CaseStatus.SETTLED) {
            throw new IllegalTransitionException(type.name(), status);
        }
        record(at, type, actor, detail);
    }

    /**
     * The settled case is closed: a confirmation or mediation document in force, or every obligation performed; the
     * closing step is the one timeline event.
     *
     * @throws IllegalTransitionException unless settled
     */
    public void closeSettled(EventType type, String detail, Instant at, Actor actor) {
        if (status != CaseStatus.SETTLED) {
            throw new IllegalTransitionException("close", status);
        }
        status = CaseStatus.CLOSED;
        record(at, type, actor, detail);
    }

    /** How the case ended ({@link CaseOutcome#of}), or null while open. */
    public CaseOutcome outcome() {
        return CaseOutcome.of(status, settledScope, failureReasonCode);
    }

    /** How the case was settled, or null. */
    public AgreementScope settledScope() {
        return settledScope;
    }

    /**
     * The mediator schedules a session; not before the disclosure is cleared (在线调解规则 Art. 13).
     *
     * @param disclosureCleared true when the current mediator declared no conflict, or every party agreed
     * @throws InvalidInputException      when time, mode, place/link or participants are missing or too long
     * @throws ConflictException          when the disclosure is not cleared or a replacement is pending
     * @throws IllegalTransitionException unless in mediation
     */
    public MediationSession scheduleSession(Instant when, SessionMode mode, String placeOrLink, String participants,
                                            boolean disclosureCleared, Instant at, Actor actor) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (when == null) {
            errors.add(new InvalidInputException.FieldError("scheduledAt", "validation.required"));
        } else if (PlausibleDates.session("scheduledAt", when, at) != null) {
            errors.add(PlausibleDates.session("scheduledAt", when, at));
        }
        if (mode == null) {
            errors.add(new InvalidInputException.FieldError("mode", "validation.required"));
        }
        if (placeOrLink == null || placeOrLink.isBlank() || placeOrLink.strip().length() > 500) {
            errors.add(InvalidInputException.FieldError.text("placeOrLink", placeOrLink, 500));
        }
        if (participants == null || participants.isBlank() || participants.strip().length() > 1000) {
            errors.add(InvalidInputException.FieldError.text("participants", participants, 1000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (status != CaseStatus.IN_MEDIATION) {
            throw new IllegalTransitionException("session", status);
        }
        if (!disclosureCleared || replacementNeeded) {
            throw new ConflictException("session.disclosureFirst");
        }
        MediationSession s = new MediationSession(this, when, mode, placeOrLink.strip(), participants.strip());
        record(at, EventType.SESSION_SCHEDULED, actor, mode + " · " + when + " · " + s.placeOrLink());
        return s;
    }

    /**
     * The minutes of a session held.
     *
     * @throws InvalidInputException      when empty or over 8000 characters
     * @throws IllegalTransitionException once mediation ended
     */
    public void recordMinutes(MediationSession s, String minutes, Instant at, Actor actor) {
        if (minutes == null || minutes.isBlank() || minutes.strip().length() > 8000) {
            throw new InvalidInputException(InvalidInputException.FieldError.text("minutes", minutes, 8000));
        }
        requireActive("minutes");
        s.recordMinutes(minutes.strip(), at);
        record(at, EventType.SESSION_MINUTES, actor, String.valueOf(s.scheduledAt()));
    }

    private void moveDue(DueDate due) {
        mediationDueDate = due.date();
        mediationDueProvisional = due.provisional();
    }

    private void requireActive(String action) {
        if (status != CaseStatus.IN_MEDIATION && status != CaseStatus.SUSPENDED) {
            throw new IllegalTransitionException(action, status);
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new InvalidInputException(field, "validation.size", 1, MAX_TEXT);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void long4000(List<InvalidInputException.FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "validation.required"));
        } else if (value.strip().length() > 4000) {
            errors.add(new InvalidInputException.FieldError(field, "validation.size", 1, 4000));
        }
    }

    public FailureReason failureReasonCode() {
        return failureReasonCode;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** True when a party refused a disclosed conflict or asked for another mediator and none was assigned yet. */
    public boolean replacementNeeded() {
        return replacementNeeded;
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
