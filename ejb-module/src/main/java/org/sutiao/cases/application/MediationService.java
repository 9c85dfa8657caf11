package org.sutiao.cases.application;

import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.CostConduct;
import org.sutiao.cases.domain.CourtAction;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.Disclosure;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.ExtensionStatus;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.FailureReport;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.cases.domain.MediationSession;
import org.sutiao.cases.domain.SessionMode;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.Suspension;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The mediation workspace (notice 法办〔2024〕623号 §4(4)2-3; 在线调解规则 Art. 13, 21, 25; 特邀调解规定 Art. 15): the
 * mediator's disclosure and the parties' answers, replacement of the mediator, suspension for appraisal and its
 * end, extension with every party's consent, the end of mediation by the mediator or by a party's withdrawal, and
 * the failure report with the court's acknowledgement. Each call is one transaction and writes one timeline event;
 * a case outside the caller's scope is not found; a move the case does not allow answers 409.
 */
@Stateless
@Audited
public class MediationService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    CaseAccess access;
    @Inject
    CalendarService calendar;
    @Inject
    NotificationService notifications;
    @Inject
    MediationDeadlines deadlines;
    @Inject
    MediatorConflictCheck conflicts;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * The workspace records of a case within the caller's scope, at the caller's visibility ({@link CaseReadPolicy}:
     * metadata only for HQ and supervisors without a grant); audited.
     *
     * @throws NotFoundException outside scope
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER, Role.CLERK, Role.SYSTEM, Role.HQ, Role.SUPERVISOR})
    public WorkspaceView workspace(Long caseId) {
        CaseRead read = access.read(caller(), caseId, CasePart.WORKSPACE);
        MediationCase c = read.mediationCase();
        return WorkspaceView.of(read.full(),
                em.createNamedQuery("Disclosure.byCase", Disclosure.class).setParameter("c", c).getResultList(),
                em.createNamedQuery("Suspension.byCase", Suspension.class).setParameter("c", c).getResultList(),
                em.createNamedQuery("Extension.byCase", Extension.class).setParameter("c", c).getResultList(),
                report(c),
                em.createNamedQuery("MediationSession.byCase", MediationSession.class).setParameter("c", c)
                        .getResultList());
    }

    /**
     * The mediator schedules a session (time, online or offline, link or place, participants); not before the
     * disclosure is cleared.
     *
     * @throws ConflictException when the disclosure is missing or not agreed by every party
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public MediationSession scheduleSession(Long caseId, Instant when, SessionMode mode, String placeOrLink,
                                            String participants) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Disclosure latest = em.createNamedQuery("Disclosure.byCase", Disclosure.class).setParameter("c", c)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        boolean cleared = latest != null && latest.mediator().equals(c.mediator()) && latest.cleared();
        MediationSession s = c.scheduleSession(when, mode, placeOrLink, participants, cleared, clock.instant(),
                caller.actor());
        em.persist(s);
        return s;
    }

    /** The mediator records the minutes of a session. */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public void recordMinutes(Long caseId, Long sessionId, String minutes) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        MediationSession s = sessionId == null ? null : em.find(MediationSession.class, sessionId);
        if (s == null || !s.mediationCase().equals(c)) {
            throw new NotFoundException("session.notFound", String.valueOf(sessionId));
        }
        c.recordMinutes(s, minutes, clock.instant(), caller.actor());
    }

    /**
     * The assigned mediator declares no conflict or discloses one; the parties are told.
     *
     * @throws InvalidInputException when a conflict has no details
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public Disclosure disclose(Long caseId, boolean hasConflict, String details) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Disclosure d = c.disclose(hasConflict, details, clock.instant(), caller.actor());
        em.persist(d);
        notifications.notifyOrg(c.center().code(), c.id(), hasConflict ? "notice.conflictDisclosed" : "notice.noConflict",
                null, c.caseNumber(), c.mediator().name());
        return d;
    }

    /**
     * A party answers the latest disclosure; a refusal asks the center to replace the mediator.
     *
     * @throws ConflictException when there is no disclosed conflict to answer, or the party answered already
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public void answerDisclosure(Long caseId, boolean agree) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Disclosure d = em.createNamedQuery("Disclosure.byCase", Disclosure.class).setParameter("c", c)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("disclosure.nothingToAnswer"));
        c.answerDisclosure(d, party(c, caller), agree, clock.instant(), caller.actor());
        if (!agree) {
            notifications.notifyOrg(c.center().code(), c.id(), "notice.replacementNeeded", null, c.caseNumber());
        }
    }

    /** A party asks for another mediator, with a reason. */
    @RolesAllowed(Role.PARTY_ROLE)
    public void requestReplacement(Long caseId, String reason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        c.requestReplacement(party(c, caller), reason, clock.instant(), caller.actor());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.replacementNeeded", null, c.caseNumber());
    }

    /**
     * The center replaces the mediator (after a refusal, a request, or on its own), with the conflict check of
     * assignment: a hit needs a recorded reason.
     *
     * @throws ConflictException when the check hits without a reason, or the mediator cannot take the case
     */
    @RolesAllowed(Role.CENTER)
    public void replaceMediator(Long caseId, String mediatorCode, String reason, String conflictOverrideReason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Mediator next = repository.mediator(mediatorCode == null ? "" : mediatorCode.strip())
                .orElseThrow(() -> new InvalidInputException("mediatorCode", "mediator.unknown", mediatorCode));
        String override = conflictOverrideReason == null || conflictOverrideReason.isBlank() ? null
                : conflictOverrideReason.strip();
        List<ConflictFinding> hits = conflicts.check(c, next);
        if (!hits.isEmpty() && override == null) {
            throw new ConflictException("mediator.conflict", next.name(), MediatorConflictCheck.describe(hits));
        }
        c.replaceMediator(next, reason, hits.isEmpty() ? null : override, clock.instant(), caller.actor());
        notifications.answered(NoticeMove.REPLACE_MEDIATOR, c.id());
    }

    /**
     * The mediator suspends mediation for appraisal or evaluation; the clock stops (the period deadlines are
     * cancelled until it resumes).
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public Suspension suspend(Long caseId, String institution, String reason, LocalDate startDate) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Instant now = clock.instant();
        Suspension s = c.suspend(institution, reason, startDate, now, caller.actor());
        em.persist(s);
        deadlines.cancel(c, now);
        return s;
    }

    /**
     * The mediator ends a suspension: its days are added and the due date moves (rolled to a working day).
     *
     * @return the new due date
     * @throws NotFoundException when the suspension is not this case's
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public LocalDate endSuspension(Long caseId, Long suspensionId, LocalDate endDate) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Suspension s = suspensionId == null ? null : em.find(Suspension.class, suspensionId);
        if (s == null || !s.mediationCase().equals(c)) {
            throw new NotFoundException("suspension.notFound", String.valueOf(suspensionId));
        }
        Instant now = clock.instant();
        c.resume(s, endDate, () -> {
            em.flush();
            return dueOf(c, null);
        }, now, caller.actor());
        DueDate due = new DueDate(c.mediationDueDate(), c.mediationDueProvisional());
        deadlines.schedule(c, due, now);
        return c.mediationDueDate();
    }

    /**
     * The mediator proposes a later due date; the parties are asked to consent.
     *
     * @throws ConflictException when another proposal still waits for consent
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public Extension proposeExtension(Long caseId, LocalDate newDueDate, String reason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        boolean open = em.createNamedQuery("Extension.byCase", Extension.class).setParameter("c", c).getResultStream()
                .anyMatch(e -> e.status() == ExtensionStatus.PROPOSED);
        if (open) {
            throw new ConflictException("extension.pending");
        }
        Extension e = c.proposeExtension(newDueDate, reason, clock.instant(), caller.actor());
        em.persist(e);
        return e;
    }

    /**
     * A party consents online to an extension; or the mediator records a party's written consent
     * ({@code partyId} and the {@code materialId} of the uploaded document). The last consent moves the due date.
     *
     * @return true when the extension took effect
     * @throws NotFoundException     when the extension, party or material is not this case's
     * @throws InvalidInputException when the mediator gives no party or no written consent document
     */
    @RolesAllowed({Role.PARTY_ROLE, Role.MEDIATOR_ROLE})
    public boolean consentExtension(Long caseId, Long extensionId, Long partyId, Long materialId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Extension e = extensionId == null ? null : em.find(Extension.class, extensionId);
        if (e == null || !e.mediationCase().equals(c)) {
            throw new NotFoundException("extension.notFound", String.valueOf(extensionId));
        }
        boolean written = caller.role() == Role.MEDIATOR;
        Party p;
        if (written) {
            if (partyId == null) {
                throw new InvalidInputException("partyId", "validation.required");
            }
            if (materialId == null || c.materials().stream().noneMatch(m -> m.id().equals(materialId))) {
                throw new InvalidInputException("materialId", "extension.writtenConsentRequired");
            }
            p = c.parties().stream().filter(x -> x.id().equals(partyId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("partyId", "party.unknown", String.valueOf(partyId)));
        } else {
            p = party(c, caller);
        }
        Instant now = clock.instant();
        boolean effective = c.consentExtension(e, p, written, written ? materialId : null,
                () -> dueOf(c, e.inEffect()), now, caller.actor());
        if (effective) {
            deadlines.schedule(c, new DueDate(c.mediationDueDate(), c.mediationDueProvisional()), now);
        }
        return effective;
    }

    /**
     * The mediator ends mediation without agreement (a party unreachable or refusing, refusing to sign, other); the
     * failure report becomes due in 3 working days.
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public void fail(Long caseId, FailureReason code, String reason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Instant now = clock.instant();
        c.fail(code, reason, now, caller.actor());
        deadlines.failed(c, now);
    }

    /** A party withdraws (mediation is voluntary); the case goes back to the court. */
    @RolesAllowed(Role.PARTY_ROLE)
    public void withdraw(Long caseId, String reason) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Instant now = clock.instant();
        c.withdraw(party(c, caller), reason, now, caller.actor());
        deadlines.close(c, EnumSet.allOf(DeadlineKind.class), DeadlineState.CANCELLED, now);
        notifications.answered(NoticeMove.WITHDRAW, c.id());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.withdrawn", null, c.caseNumber());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.withdrawn", null, c.caseNumber());
        }
    }

    /** The mediator's failure report; it goes to the court. */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public FailureReport reportFailure(Long caseId, String basicSituation, String failureReasons,
                                       List<CostConduct> conduct, String notesForCourt) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Instant now = clock.instant();
        FailureReport r = c.reportFailure(basicSituation, failureReasons, conduct, notesForCourt, report(c) != null,
                now, caller.actor());
        em.persist(r);
        deadlines.close(c, EnumSet.of(DeadlineKind.FAILURE_REPORT), DeadlineState.MET, now);
        notifications.answered(NoticeMove.WRITE_FAILURE_REPORT, c.id());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.failureReported", null, c.caseNumber());
        }
        return r;
    }

    /**
     * The court acknowledges the failure report and records what it did (registered with the filed case number,
     * or trial resumed); the case is closed on the mediation side.
     *
     * @throws ConflictException when there is no report yet
     */
    @RolesAllowed({Role.CLERK, Role.SYSTEM})
    public void acknowledgeFailureReport(Long caseId, CourtAction action, String filedCaseNumber) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        FailureReport r = report(c);
        if (r == null) {
            throw new ConflictException("failureReport.missing");
        }
        c.acknowledgeFailureReport(r, action, filedCaseNumber, clock.instant(), caller.actor());
        notifications.answered(NoticeMove.ACKNOWLEDGE_FAILURE_REPORT, c.id());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.failureAcknowledged", null, c.caseNumber());
    }

    /**
     * For a direct application there is no court to take the report back: the applicant reads it with the guidance
     * on how to file a suit and acknowledges it (action APPLICANT_INFORMED); the case closes.
     *
     * @throws ConflictException when there is no report yet, the case is not a direct application, or the caller is
     *                           not its applicant
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public void acknowledgeFailureReportAsApplicant(Long caseId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = party(c, caller);
        if (c.source() != org.sutiao.cases.domain.CaseSource.DIRECT_APPLICATION
                || p.role() != org.sutiao.cases.domain.PartyRole.APPLICANT) {
            throw new ConflictException("failureReport.applicantOnly");
        }
        FailureReport r = report(c);
        if (r == null) {
            throw new ConflictException("failureReport.missing");
        }
        c.acknowledgeFailureReport(r, CourtAction.APPLICANT_INFORMED, null, clock.instant(), caller.actor());
        notifications.answered(NoticeMove.ACKNOWLEDGE_FAILURE_REPORT, c.id());
        notifications.notifyOrg(c.center().code(), c.id(), "notice.failureAcknowledged", null, c.caseNumber());
    }

    /** The due date from the start of mediation, suspensions and the given (or the latest effective) extension. */
    DueDate dueOf(MediationCase c, MediationPeriod.Extension extension) {
        return deadlines.periodDue(c, extension);
    }

    private FailureReport report(MediationCase c) {
        return em.createNamedQuery("FailureReport.byCase", FailureReport.class).setParameter("c", c)
                .getResultStream().findFirst().orElse(null);
    }

    private static Party party(MediationCase c, Caller caller) {
        return Participants.party(c, caller);
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
