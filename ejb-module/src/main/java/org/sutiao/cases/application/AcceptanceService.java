package org.sutiao.cases.application;

import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.AcceptancePeriod;
import org.sutiao.cases.domain.CaseAccepted;
import org.sutiao.cases.domain.CaseReReferred;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriodRule;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The center's decision on a referred case and the court's re-referral: accept with a mediator (the mediation
 * period starts, notice 法办〔2024〕623号 §4(4)3), decline with reasons (在线调解规则 Art. 12), or offer again to
 * another center after a decline or a lapsed period. Each call is one transaction; an optional expected version
 * turns a decision taken on a stale page into a 409.
 */
@Stateless
@Audited
public class AcceptanceService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    CalendarService calendar;
    @Inject
    NotificationService notifications;
    @Inject
    CaseFactory factory;
    @Inject
    InvitedRosterService invitedRoster;
    @Inject
    MediatorConflictCheck conflicts;
    @Inject
    MediationDeadlines mediationDeadlines;
    @Inject
    PartyInvitations invitations;
    @Inject
    Clock clock;
    @Inject
    Event<CaseAccepted> accepted;
    @Inject
    Event<CaseReReferred> reReferred;
    @Resource
    SessionContext session;

    /**
     * Accepts the case and assigns one of the center's active mediators.
     *
     * @param expectedVersion the version the decision was taken on, or null
     * @return the mediation due date (Beijing date; the period ends 24:00 that day)
     * @throws org.sutiao.shared.domain.NotFoundException when the case is not the caller center's
     * @throws InvalidInputException                      when the mediator code is unknown
     * @throws ConflictException                          when not pending, stale, or the mediator is not assignable
     */
    @RolesAllowed(Role.CENTER)
    public DueDate accept(Long caseId, String mediatorCode, Long expectedVersion) {
        return accept(caseId, mediatorCode, expectedVersion, null);
    }

    /**
     * Accepts the case and assigns a mediator, after the conflict check (在线调解规则 Art. 13; 特邀调解规定 Art. 15):
     * a hit blocks the assignment unless the center admin gives a reason, which is recorded on the case and its
     * timeline.
     *
     * A direct application, once accepted, waits for the respondents' consent (invited now, 3 working days,
     * 在线调解规则 Art. 15) instead of starting mediation.
     *
     * @param conflictOverrideReason the reason to assign despite a hit (≤ 1000 characters), or null
     * @return the mediation due date, or for a direct application the respondents' consent due date (Beijing date;
     *         the period ends 24:00 that day)
     * @throws org.sutiao.shared.domain.NotFoundException when the case is not the caller center's
     * @throws InvalidInputException                      when the mediator code is unknown or the reason too long
     * @throws ConflictException                          when not pending, stale, the mediator is not assignable, or
     *                                                    the conflict check hits and no reason is given
     */
    @RolesAllowed(Role.CENTER)
    public DueDate accept(Long caseId, String mediatorCode, Long expectedVersion, String conflictOverrideReason) {
        Caller caller = caller();
        MediationCase c = loadForDecision(caseId, caller, expectedVersion);
        if (mediatorCode == null || mediatorCode.isBlank()) {
            throw new InvalidInputException("mediatorCode", "validation.required");
        }
        Mediator mediator = repository.mediator(mediatorCode.strip())
                .orElseThrow(() -> new InvalidInputException("mediatorCode", "mediator.unknown", mediatorCode));
        String override = conflictOverrideReason == null || conflictOverrideReason.isBlank() ? null
                : conflictOverrideReason.strip();
        if (override != null && override.length() > 1000) {
            throw new InvalidInputException("conflictOverrideReason", "validation.size", 1, 1000);
        }
        List<ConflictFinding> hits = conflicts.check(c, mediator);
        if (!hits.isEmpty() && override == null) {
            throw new ConflictException("mediator.conflict", mediator.name(), MediatorConflictCheck.describe(hits));
        }
        Instant now = clock.instant();
        notifications.answered(NoticeMove.ACCEPT, c.id());
        if (c.source() == CaseSource.DIRECT_APPLICATION) {
            DueDate consentDue = AcceptancePeriod.dueFor(now, calendar.current());
            c.acceptApplication(mediator, now, consentDue, caller.actor(), hits.isEmpty() ? null : override);
            closeAcceptanceDeadlines(c, DeadlineState.MET, now);
            em.persist(new Deadline(c, DeadlineKind.RESPONDENT_CONSENT, consentDue.end(), consentDue));
            invitations.invite(c, p -> p.role() != PartyRole.APPLICANT, now);
            calendar.alertIfProvisional(consentDue);
            return consentDue;
        }
        MediationPeriodRule rule = em.find(MediationPeriodRule.class, c.periodRuleKind());
        DueDate due = rule.dueFrom(BusinessTime.dateOf(now), calendar.current());
        c.accept(mediator, now, due, caller.actor(), hits.isEmpty() ? null : override);
        accepted.fire(new CaseAccepted(c.id(), BusinessTime.dateOf(now)));
        closeAcceptanceDeadlines(c, DeadlineState.MET, now);
        mediationDeadlines.schedule(c, due, now);
        calendar.alertIfProvisional(due);
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.accepted", null, c.caseNumber(),
                    due.date());
        }
        return due;
    }

    /**
     * Declines the case with a reason code and a written reason; the court is told and may refer it again.
     *
     * @throws InvalidInputException when the code or reason is missing
     * @throws ConflictException     when not pending or stale
     */
    @RolesAllowed(Role.CENTER)
    public void decline(Long caseId, DeclineReasonCode code, String reason, Long expectedVersion) {
        Caller caller = caller();
        MediationCase c = loadForDecision(caseId, caller, expectedVersion);
        Instant now = clock.instant();
        c.decline(code, reason, now, caller.actor());
        closeAcceptanceDeadlines(c, DeadlineState.MET, now);
        notifications.answered(NoticeMove.DECLINE, c.id());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.declined", null, c.caseNumber(),
                    c.center().name());
        }
    }

    /**
     * The court offers a declined (or lapsed) case to another center; a new 3-working-day period starts now.
     *
     * @throws InvalidInputException when the center code is unknown
     * @throws ConflictException     when the case is not declined or lapsed, or offered again to the decliner
     */
    @RolesAllowed(Role.CLERK)
    public void referAgain(Long caseId, String centerCode, Long expectedVersion) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        checkVersion(c, expectedVersion);
        if (centerCode == null || centerCode.isBlank()) {
            throw new InvalidInputException("centerCode", "validation.required");
        }
        MediationCenter center = repository.center(centerCode.strip())
                .orElseThrow(() -> new InvalidInputException("centerCode", "referral.unknownCenter", centerCode));
        Instant now = clock.instant();
        factory.checkReferable(c.referringCourt(), center, BusinessTime.dateOf(now));
        DueDate due = AcceptancePeriod.dueFor(now, calendar.current());
        // the court's notices answered, and the lapsed center's too: the case is no longer theirs to accept
        notifications.answered(NoticeMove.REFER_AGAIN, c.id());
        c.referAgain(center, now, due, caller.actor());
        reReferred.fire(new CaseReReferred(c.id(), center.id()));
        closeAcceptanceDeadlines(c, DeadlineState.CANCELLED, now);
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE, due.end(), due));
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE_REMINDER, AcceptancePeriod.reminderAt(due), due));
        calendar.alertIfProvisional(due);
        notifications.notifyOrg(center.code(), c.id(), "notice.newReferral", null, c.caseNumber(), due.date());
    }

    /**
     * The active mediators of the caller's center for a case, those on the referring court's invited roster
     * first and marked (特邀调解规定 Art. 12: parties and courts choose from the roster first), each with its
     * conflict-check findings (one check for all of them: {@link MediatorConflictCheck#checkAll}).
     *
     * @throws org.sutiao.shared.domain.NotFoundException when the case is not the caller center's
     */
    @RolesAllowed(Role.CENTER)
    public List<MediatorOption> assignableMediators(Long caseId) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Set<String> invited = c.referringCourt() == null ? Set.of()
                : invitedRoster.invitedMediatorCodes(c.referringCourt(), BusinessTime.dateOf(clock.instant()));
        Mediator nominated = c.nominatedMediator();
        List<Mediator> mediators = em.createNamedQuery("Mediator.activeByCenter", Mediator.class)
                .setParameter("centerCode", c.center().code()).getResultList();
        Map<Mediator, List<ConflictFinding>> findings = conflicts.checkAll(c, mediators);
        Map<Long, Long> load = openCases(mediators);
        return mediators.stream()
                .map(m -> new MediatorOption(m.code(), m.name(), m.employment().name(), m.specialties(),
                        m.languages(), invited.contains(m.code()), m.equals(nominated), findings.get(m),
                        load.getOrDefault(m.id(), 0L)))
                .sorted(Comparator.comparing((MediatorOption o) -> !o.nominated())
                        .thenComparing(o -> !o.invited()).thenComparing(MediatorOption::code))
                .toList();
    }

    /**
     * A mediator the center may assign.
     *
     * @param invited   true when on the referring court's invited roster (offered first)
     * @param nominated true when the parties named this mediator (offered before all others)
     * @param conflicts the conflict-check findings as this center may see them ({@link ConflictFinding}); empty
     *                  when none
     * @param openCases the mediator's current load: cases assigned and still being mediated
     *                  ({@link #MEDIATOR_LOAD})
     */
    public record MediatorOption(String code, String name, String employment, List<String> specialties,
                                 List<String> languages, boolean invited, boolean nominated,
                                 List<ConflictFinding> conflicts, long openCases) {
    }

    /** The statuses in which a case occupies its mediator: awaiting consent, in mediation, suspended. */
    public static final Set<CaseStatus> MEDIATOR_LOAD = java.util.EnumSet.of(CaseStatus.PENDING_CONSENT,
            CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED);

    /** Open cases per mediator id ({@link #MEDIATOR_LOAD}), by one grouped query over the mediator index. */
    private Map<Long, Long> openCases(List<Mediator> mediators) {
        if (mediators.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> load = new java.util.HashMap<>();
        em.createQuery("select c.mediatorId, count(c.mediatorId) from MediationCase c where c.mediatorId in :ids"
                        + " and c.status in :open group by c.mediatorId", Object[].class)
                .setParameter("ids", mediators.stream().map(Mediator::id).toList())
                .setParameter("open", MEDIATOR_LOAD)
                .getResultList().forEach(r -> load.put((Long) r[0], ((Number) r[1]).longValue()));
        return load;
    }

    /** Centers a court may offer a case to (all but HQ's roster rules come with the roster issue). */
    @RolesAllowed({Role.CLERK, Role.SYSTEM})
    public List<MediationCenter> centers() {
        return em.createNamedQuery("MediationCenter.all", MediationCenter.class).getResultList();
    }

    private MediationCase loadForDecision(Long caseId, Caller caller, Long expectedVersion) {
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        checkVersion(c, expectedVersion);
        return c;
    }

    private static void checkVersion(MediationCase c, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new ConflictException("case.staleVersion", c.caseNumber());
        }
    }

    private void closeAcceptanceDeadlines(MediationCase c, DeadlineState state, Instant now) {
        for (Deadline d : em.createNamedQuery("Deadline.openByCase", Deadline.class)
                .setParameter("caseId", c.id()).getResultList()) {
            if (d.kind() == DeadlineKind.ACCEPTANCE) {
                d.close(state, now);
            } else if (d.kind() == DeadlineKind.ACCEPTANCE_REMINDER) {
                d.close(DeadlineState.CANCELLED, now);
            }
        }
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
