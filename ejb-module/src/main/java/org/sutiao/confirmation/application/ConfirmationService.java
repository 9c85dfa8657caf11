package org.sutiao.confirmation.application;

import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementStatus;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.application.CaseAccess;
import org.sutiao.cases.application.CasePart;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.cases.application.MediationDeadlines;
import org.sutiao.cases.application.Participants;
import org.sutiao.directory.domain.Court;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.EventType;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;
import org.sutiao.confirmation.domain.Ruling;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a settlement: judicial confirmation for DELEGATED (and direct) cases — every party joins the application
 * within 30 days after the agreement took effect (民事诉讼法 Art. 205), the referring court reviews it within 30 days,
 * may ask for supplements, and rules VALID (the case closes) or REJECTED (Art. 206) — and the mediation document
 * (调解书) for ENTRUSTED cases, which takes effect when every party has acknowledged receipt (the case closes).
 */
@Stateless
@Audited
public class ConfirmationService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    CaseAccess access;
    @Inject
    AgreementService agreements;
    @Inject
    CalendarService calendar;
    @Inject
    MediationDeadlines deadlines;
    @Inject
    NotificationService notifications;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * The judicial confirmation and the mediation document of a case (each may be null).
     *
     * @param applyBy              the last day to apply for judicial confirmation, or null before the agreement
     * @param applyByProvisional   true when {@code applyBy} was computed across a year without a loaded notice
     * @param reviewDueProvisional true when the court's review due date lies in such a year
     */
    public record Outcome(JudicialConfirmation confirmation, MediationDocument document, LocalDate applyBy,
                          boolean applyByProvisional, boolean reviewDueProvisional) {
    }

    /** What follows the settlement, within the caller's scope. */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER, Role.CLERK, Role.SYSTEM, Role.HQ, Role.SUPERVISOR})
    public Outcome outcome(Long caseId) {
        MediationCase c = access.read(caller(), caseId, CasePart.CONFIRMATION).mediationCase();
        Agreement a = agreements.find(c).orElse(null);
        WorkingDayCalendar cal = calendar.current();
        DueDate applyBy = a == null || a.effectiveOn() == null ? null
                : MediationPeriod.confirmationWindowEnd(a.effectiveOn(), cal);
        JudicialConfirmation j = confirmation(c);
        boolean reviewProvisional = j != null && j.reviewDueDate() != null && !cal.isPublished(j.reviewDueDate().getYear());
        return new Outcome(j, document(c), applyBy == null ? null : applyBy.date(),
                applyBy != null && applyBy.provisional(), reviewProvisional);
    }

    /**
     * A party joins the joint application for judicial confirmation; the last party sends it to the court: the
     * referring court, or for a direct application the basic court where the center sits (民事诉讼法 Art. 205).
     *
     * @throws ConflictException when the case is entrusted, not settled, the 30 days after the agreement took effect
     *                           have passed, the party joined already, or a direct case's center has no court on
     *                           record
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public Outcome join(Long caseId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        if (c.referralKind() == ReferralKind.ENTRUSTED) {
            throw new ConflictException("confirmation.entrusted");
        }
        Agreement a = effectiveAgreement(c);
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        DueDate windowEnd = MediationPeriod.confirmationWindowEnd(a.effectiveOn(), calendar.current());
        if (today.isAfter(windowEnd.date())) {
            throw new ConflictException("confirmation.windowClosed", windowEnd.date(), a.effectiveOn());
        }
        Court court = c.referringCourt() != null ? c.referringCourt() : c.center().confirmationCourt();
        if (court == null) {
            throw new ConflictException("confirmation.noCourtForCenter", c.center().name());
        }
        JudicialConfirmation j = confirmation(c);
        if (j == null) {
            j = new JudicialConfirmation(c, court);
            c.addressConfirmationTo(court);
            em.persist(j);
        }
        Set<Long> all = c.parties().stream().map(Party::id).collect(Collectors.toSet());
        boolean complete = j.join(p.id(), all, now, today, calendar.current());
        if (complete) {
            c.recordAfterSettlement(EventType.CONFIRMATION_REQUESTED, p.name() + " · " + j.court().name(), now,
                    caller.actor());
            DueDate review = JudicialConfirmation.reviewDue(today, calendar.current());
            em.persist(new Deadline(c, DeadlineKind.CONFIRMATION_REVIEW, review.end(), review));
            calendar.alertIfProvisional(review);
            notifications.notifyOrg(j.court().code(), c.id(), "notice.confirmationRequested", null, c.caseNumber(),
                    j.reviewDueDate());
        } else {
            c.recordAfterSettlement(EventType.CONFIRMATION_JOINED, p.name(), now, caller.actor());
        }
        return outcome(caseId);
    }

    /** The court asks the parties for supplements (the review goes on). */
    @RolesAllowed(Role.CLERK)
    public Outcome requestSupplement(Long caseId, String note) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        JudicialConfirmation j = required(c);
        Instant now = clock.instant();
        j.requestSupplement(note, now);
        c.recordAfterSettlement(EventType.SUPPLEMENT_REQUESTED, note.strip(), now, caller.actor());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.supplementRequested", null, c.caseNumber());
        return outcome(caseId);
    }

    /**
     * The court rules. VALID needs the ruling number, its date and the ruling document (a material of the case
     * the clerk uploaded); the case closes. REJECTED needs the reason.
     *
     * @throws InvalidInputException when a part is missing or the document is not this case's
     */
    @RolesAllowed(Role.CLERK)
    public Outcome rule(Long caseId, Ruling ruling, String number, LocalDate date, Long materialId, String reason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        JudicialConfirmation j = required(c);
        if (materialId != null && c.materials().stream().noneMatch(m -> m.id().equals(materialId))) {
            throw new InvalidInputException("materialId", "confirmation.rulingDocument");
        }
        Instant now = clock.instant();
        j.rule(ruling, number, date, materialId, reason, now, caller.username());
        String detail = ruling + (ruling == Ruling.VALID ? " " + number : ": " + reason);
        if (ruling == Ruling.VALID) {
            c.closeSettled(EventType.CONFIRMATION_RULED, detail, now, caller.actor());
            deadlines.close(c, EnumSet.allOf(DeadlineKind.class), DeadlineState.CANCELLED, now);
        } else {
            c.recordAfterSettlement(EventType.CONFIRMATION_RULED, detail, now, caller.actor());
            deadlines.close(c, EnumSet.of(DeadlineKind.CONFIRMATION_REVIEW), DeadlineState.MET, now);
        }
        notifications.answered(NoticeMove.RULE_ON_CONFIRMATION, c.id());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.confirmationRuled", null, c.caseNumber(), ruling.name());
        return outcome(caseId);
    }

    /**
     * A party of an ENTRUSTED case asks the court for a mediation document.
     *
     * @throws ConflictException when the case is not entrusted, not settled, or it was requested already
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public Outcome requestDocument(Long caseId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        if (c.referralKind() != ReferralKind.ENTRUSTED) {
            throw new ConflictException("mediationDocument.onlyEntrusted");
        }
        effectiveAgreement(c);
        if (document(c) != null) {
            throw new ConflictException("mediationDocument.requested");
        }
        Instant now = clock.instant();
        em.persist(new MediationDocument(c, now, caller.username()));
        c.recordAfterSettlement(EventType.MEDIATION_DOCUMENT_REQUESTED, p.name(), now, caller.actor());
        notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.documentRequested", null, c.caseNumber());
        return outcome(caseId);
    }

    /** The court issues the mediation document (number and the document uploaded as a case material). */
    @RolesAllowed(Role.CLERK)
    public Outcome issueDocument(Long caseId, String number, Long materialId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        MediationDocument d = document(c);
        if (d == null) {
            throw new ConflictException("mediationDocument.notRequested");
        }
        if (materialId != null && c.materials().stream().noneMatch(m -> m.id().equals(materialId))) {
            throw new InvalidInputException("materialId", "mediationDocument.file");
        }
        Instant now = clock.instant();
        d.issue(number, materialId, now);
        c.recordAfterSettlement(EventType.MEDIATION_DOCUMENT_ISSUED, number.strip(), now, caller.actor());
        notifications.answered(NoticeMove.ISSUE_MEDIATION_DOCUMENT, c.id());
        return outcome(caseId);
    }

    /** A party acknowledges receipt; the last receipt puts the document in effect and closes the case. */
    @RolesAllowed(Role.PARTY_ROLE)
    public Outcome receiveDocument(Long caseId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        MediationDocument d = document(c);
        if (d == null) {
            throw new ConflictException("mediationDocument.notRequested");
        }
        Instant now = clock.instant();
        boolean effective = d.receive(p.id(), c.parties().stream().map(Party::id).collect(Collectors.toSet()), now);
        if (effective) {
            c.closeSettled(EventType.MEDIATION_DOCUMENT_RECEIVED, p.name() + " · " + d.documentNumber() + " in effect",
                    now, caller.actor());
            deadlines.close(c, EnumSet.allOf(DeadlineKind.class), DeadlineState.CANCELLED, now);
        } else {
            c.recordAfterSettlement(EventType.MEDIATION_DOCUMENT_RECEIVED, p.name(), now, caller.actor());
        }
        return outcome(caseId);
    }

    private Agreement effectiveAgreement(MediationCase c) {
        Agreement a = agreements.find(c).orElse(null);
        if (c.status() != CaseStatus.SETTLED || a == null || a.status() != AgreementStatus.EFFECTIVE) {
            throw new ConflictException("agreement.notEffective");
        }
        return a;
    }

    private JudicialConfirmation required(MediationCase c) {
        JudicialConfirmation j = confirmation(c);
        if (j == null) {
            throw new ConflictException("confirmation.notRequested");
        }
        return j;
    }

    private JudicialConfirmation confirmation(MediationCase c) {
        return em.createNamedQuery("JudicialConfirmation.byCase", JudicialConfirmation.class).setParameter("c", c)
                .getResultStream().findFirst().orElse(null);
    }

    private MediationDocument document(MediationCase c) {
        return em.createNamedQuery("MediationDocument.byCase", MediationDocument.class).setParameter("c", c)
                .getResultStream().findFirst().orElse(null);
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
