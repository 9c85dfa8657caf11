package org.sutiao.cases.application;

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
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriodRule;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.application.BoundaryValidator;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Direct applications (notice 法办〔2024〕623号 §4(4)5): a party with a confirmed identity applies to a center chosen
 * by region and industry; the center accepts or declines within 3 working days ({@link AcceptanceService}); the
 * respondents are then invited and consent or refuse within 3 working days (在线调解规则 Art. 15: a refusal, or no
 * answer by then, ends the application with the reason recorded); once all consent, mediation runs as for a
 * referred case, its 30 days counted from that day. Each call is one transaction.
 */
@Stateless
@Audited
public class DirectApplicationService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseFactory factory;
    @Inject
    CaseRepository repository;
    @Inject
    BoundaryValidator validator;
    @Inject
    CalendarService calendar;
    @Inject
    MediationDeadlines mediationDeadlines;
    @Inject
    NotificationService notifications;
    @Inject
    org.sutiao.directory.application.PilotRegionService regions;
    @Inject
    jakarta.enterprise.event.Event<org.sutiao.cases.domain.CaseAccepted> accepted;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Files the calling party's application; the applicant is the account's confirmed identity.
     *
     * @return the new case's id (status PENDING_ACCEPTANCE)
     * @throws InvalidInputException on any invalid field, also a respondent with the role APPLICANT, the applicant's
     *                               own identity, one named twice, or an agent for a respondent (a respondent
     *                               appoints its own; nothing stored)
     * @throws ConflictException     before the identity is confirmed, or when the center cannot take applications
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public Long apply(DirectApplicationCommand command) {
        Caller caller = callers.of(session.getCallerPrincipal());
        if (caller.partyIdentity() == null) {
            throw new ConflictException("identity.unconfirmed");
        }
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", caller.username()).getSingleResult();
        List<ReferralCommand.PartyInput> parties = new ArrayList<>();
        parties.add(applicant(account, command));
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        if (command.respondents() != null) {
            for (int i = 0; i < command.respondents().size(); i++) {
                ReferralCommand.PartyInput r = command.respondents().get(i);
                if (r == null) {
                    continue;
                }
                if (r.role() == PartyRole.APPLICANT) {
                    errors.add(new FieldError("respondents[" + i + "].role", "application.respondentRole"));
                }
                String key = r.identityKey();
                if (key != null && key.equals(caller.partyIdentity())) {
                    errors.add(new FieldError("respondents[" + i + "].name", "application.selfAsRespondent"));
                } else if (key != null && !named.add(key)) {
                    errors.add(new FieldError("respondents[" + i + "].name", "application.duplicateRespondent"));
                }
                if (r.agentIdNumber() != null && !r.agentIdNumber().isBlank()) {
                    // an agent acts for a party only when that party (or a court) appointed it, never the other side
                    errors.add(new FieldError("respondents[" + i + "].agentIdNumber", "application.agentNotYours"));
                }
                parties.add(r);
            }
        }
        Instant now = clock.instant();
        ReferralCommand asReferral = new ReferralCommand(null, "-", command.centerCode(), command.causeOfAction(),
                command.disputeType(), command.facts(), command.claimAmount(), now, parties, command.claims(),
                command.materials(), command.preferredMediatorCode());
        for (FieldError e : ReferralRules.check(asReferral)) {
            errors.add(new FieldError(renamed(e.field()), e.messageKey(), e.args()));
        }
        validator.check(command, errors);
        MediationCase c = factory.createApplication(command, parties, caller.username(), now, caller.actor());
        return c.id();
    }

    /**
     * A respondent consents to or refuses the application (在线调解规则 Art. 15). When the last respondent consents,
     * mediation starts today and its deadlines are scheduled; a refusal ends the application.
     *
     * @param reason required when refusing (≤ 1000 characters)
     * @throws org.sutiao.shared.domain.NotFoundException when the caller is not a party of the case
     * @throws InvalidInputException                      when refusing without a reason
     * @throws ConflictException                          when not waiting for consent, not a respondent, or answered
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public void answer(Long caseId, boolean agree, String reason) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Party p = Participants.party(c, caller);
        Instant now = clock.instant();
        DueDate[] due = new DueDate[1];
        boolean started = c.answerApplication(p, agree, reason, now, () -> {
            MediationPeriodRule rule = em.find(MediationPeriodRule.class, c.periodRuleKind());
            due[0] = rule.dueFrom(BusinessTime.dateOf(now), calendar.current());
            return due[0];
        }, caller.actor());
        if (started) {
            // the case is charged (its fee fixed) only once mediation really starts, not when a respondent refuses
            accepted.fire(new org.sutiao.cases.domain.CaseAccepted(c.id(), BusinessTime.dateOf(now)));
            mediationDeadlines.close(c, EnumSet.of(DeadlineKind.RESPONDENT_CONSENT), DeadlineState.MET, now);
            mediationDeadlines.schedule(c, due[0], now);
            calendar.alertIfProvisional(due[0]);
            notifications.notifyOrg(c.center().code(), c.id(), "notice.consentGiven", null, c.caseNumber(),
                    due[0].date());
        } else if (!agree) {
            mediationDeadlines.close(c, EnumSet.of(DeadlineKind.RESPONDENT_CONSENT), DeadlineState.CANCELLED, now);
            notifications.notifyOrg(c.center().code(), c.id(), "notice.consentRefused", null, c.caseNumber());
        }
    }

    /**
     * A center a party may apply to.
     *
     * @param province the pilot region where it sits
     * @param industry the industry of an industry center, else null
     */
    public record CenterChoice(String code, String name, String kind, String province, String industry,
                               String address, String phone) {
    }

    /** A mediator a party may name: on the approved national roster, active, of the chosen center. */
    public record MediatorChoice(String code, String name, String specialties, String languages) {
    }

    /**
     * The centers a party may apply to: operating, in a pilot region enabled today, filtered by region and
     * industry (either may be null), ordered by code.
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public List<CenterChoice> centers(String province, String industry) {
        java.time.LocalDate today = BusinessTime.dateOf(clock.instant());
        return em.createNamedQuery("MediationCenter.all", org.sutiao.roster.domain.MediationCenter.class)
                .getResultList().stream()
                .filter(org.sutiao.roster.domain.MediationCenter::isOperating)
                .filter(c -> regions.isEnabled(c.province(), today))
                .filter(c -> province == null || province.isBlank() || province.strip().equals(c.province()))
                .filter(c -> industry == null || industry.isBlank() || industry.strip().equals(c.industry()))
                .map(c -> new CenterChoice(c.code(), c.name(), c.kind().name(), c.province(), c.industry(),
                        c.address(), c.phone()))
                .toList();
    }

    /**
     * The mediators a party may name for a center (approved national roster, active), by code.
     *
     * @throws org.sutiao.shared.domain.NotFoundException when no such center exists
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public List<MediatorChoice> mediators(String centerCode) {
        String code = centerCode == null ? "" : centerCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (repository.center(code).isEmpty()) {
            throw new org.sutiao.shared.domain.NotFoundException("center.unknown", code);
        }
        // one query: the national roster as a subquery, not one look-up per mediator (issue 10)
        return em.createNamedQuery("Mediator.activeNationalByCenter", org.sutiao.roster.domain.Mediator.class)
                .setParameter("centerCode", code).getResultList().stream()
                .map(m -> new MediatorChoice(m.code(), m.name(), String.join("、", m.specialties()),
                        String.join("、", m.languages())))
                .sorted(java.util.Comparator.comparing(MediatorChoice::code))
                .toList();
    }

    /**
     * The caller's own party in a case, as the case page needs it.
     *
     * @param consentAgreed the respondent's answer to a direct application, null until answered
     */
    public record OwnParty(Long partyId, PartyRole role, Boolean consentAgreed) {
    }

    /**
     * The calling party's own party of a case.
     *
     * @throws org.sutiao.shared.domain.NotFoundException when the case is outside the caller's scope
     */
    @RolesAllowed(Role.PARTY_ROLE)
    public OwnParty ownParty(Long caseId) {
        Caller caller = callers.of(session.getCallerPrincipal());
        Party p = Participants.party(repository.inScope(caseId, CaseScope.of(caller)), caller);
        return new OwnParty(p.id(), p.role(), p.consentAgreed());
    }

    /** The applicant as a party, from the confirmed identity and the contact details in the application. */
    private static ReferralCommand.PartyInput applicant(UserAccount a, DirectApplicationCommand command) {
        IdentityType t = a.identityType();
        boolean legal = t == IdentityType.CREDIT_CODE || t == IdentityType.FOREIGN_REGISTRATION;
        return new ReferralCommand.PartyInput(PartyRole.APPLICANT,
                legal ? PartyType.LEGAL_PERSON : PartyType.NATURAL_PERSON, a.identityName(),
                t == IdentityType.CREDIT_CODE || t == IdentityType.RESIDENT_ID ? "CN" : null,
                t == IdentityType.CREDIT_CODE ? a.identityKey() : null,
                t == IdentityType.FOREIGN_REGISTRATION ? a.identityKey() : null,
                t == IdentityType.RESIDENT_ID || t == IdentityType.PASSPORT ? t.name() : null,
                t == IdentityType.RESIDENT_ID || t == IdentityType.PASSPORT ? a.identityKey() : null,
                null, command.applicantAddress(), command.applicantPhone(), a.serviceAddress(), null, null, null,
                null, null);
    }

    /** Field names of the referral rules, as the application calls them. */
    private static String renamed(String field) {
        if (field.startsWith("parties[0]")) {
            return "applicant" + field.substring("parties[0]".length());
        }
        if (field.startsWith("parties[")) {
            int close = field.indexOf(']');
            int i = Integer.parseInt(field.substring("parties[".length(), close));
            return "respondents[" + (i - 1) + "]" + field.substring(close + 1);
        }
        if (field.equals("parties")) {
            return "respondents";
        }
        if (field.equals("nominatedMediatorCode")) {
            return "preferredMediatorCode";
        }
        return field;
    }
}
