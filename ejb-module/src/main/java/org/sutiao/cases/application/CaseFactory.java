package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.AcceptancePeriod;
import org.sutiao.cases.domain.CaseParticulars;
import org.sutiao.cases.domain.CourtCaseNumber;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.Material;
import org.sutiao.cases.domain.MaterialContent;
import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.PartyDetails;
import org.sutiao.directory.application.PilotRegionService;
import org.sutiao.directory.domain.Court;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.Hashes;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

/**
 * Builds and stores a referred case with its parties, claims, materials and acceptance deadlines, in the
 * caller's transaction. Used by the referral intake and by the first-start import of the demo cases.
 */
@Dependent
public class CaseFactory {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CalendarService calendar;
    @Inject
    NotificationService notifications;
    @Inject
    CaseRepository cases;
    @Inject
    PilotRegionService regions;
    @Inject
    InvitedRosterService invitedRoster;
    @Inject
    PartyInvitations invitations;

    /**
     * @param command        a command that passed {@link ReferralRules} and Bean Validation
     * @param court          the referring court (the caller's)
     * @param idempotencyKey the client's retry key, or null
     * @param pushedAt       the push instant: day 0 of the acceptance period
     * @throws InvalidInputException when the center does not exist, or the court case number is not one of the
     *                               referring court's ({@link CourtCaseNumber}: its code, a year up to the push)
     */
    public MediationCase createReferral(ReferralCommand command, Court court, String idempotencyKey,
                                        Instant pushedAt, Actor actor) {
        if (!CourtCaseNumber.isPlausible(command.courtCaseNumber(), court.caseNoPrefix(),
                BusinessTime.dateOf(pushedAt).getYear())) {
            throw new InvalidInputException("courtCaseNumber", "referral.caseNumberFormat", court.caseNoPrefix());
        }
        MediationCenter center = cases.center(command.centerCode().strip())
                .orElseThrow(() -> new InvalidInputException("centerCode", "referral.unknownCenter",
                        command.centerCode()));
        checkReferable(court, center, BusinessTime.dateOf(pushedAt));
        DueDate due = AcceptancePeriod.dueFor(pushedAt, calendar.current());
        CaseParticulars particulars = new CaseParticulars(command.causeOfAction().strip(),
                command.disputeType() == null ? null : command.disputeType().strip(),
                ReferralRules.toMoney(command.claimAmount()), command.facts().strip(), command.consentRecordedAt());
        MediationCase c = MediationCase.referByCourt(command.kind(), court, command.courtCaseNumber().strip(),
                idempotencyKey, particulars, center, pushedAt, due, actor);
        fill(c, command.parties(), command.claims(), command.materials(), command.nominatedMediatorCode(),
                "nominatedMediatorCode", center.code(), pushedAt, actor);
        invitations.invite(c, p -> true, pushedAt);
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE, due.end(), due));
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE_REMINDER, AcceptancePeriod.reminderAt(due), due));
        calendar.alertIfProvisional(due);
        notifications.notifyOrg(center.code(), c.id(), "notice.newReferral", null, c.caseNumber(), due.date());
        em.flush();
        return c;
    }

    /**
     * Builds and stores a direct application (notice §4(4)5) with its acceptance deadlines; the respondents are
     * invited once the center accepts.
     *
     * @param parties  the applicant (from the applying account's confirmed identity) and the respondents
     * @throws InvalidInputException when the center does not exist
     * @throws org.sutiao.shared.domain.ConflictException when the center is not operating or outside the pilot regions
     */
    public MediationCase createApplication(DirectApplicationCommand command, List<ReferralCommand.PartyInput> parties,
                                           String applicantUsername, Instant appliedAt, Actor actor) {
        MediationCenter center = cases.center(command.centerCode().strip())
                .orElseThrow(() -> new InvalidInputException("centerCode", "referral.unknownCenter",
                        command.centerCode()));
        if (!center.isOperating()) {
            throw new org.sutiao.shared.domain.ConflictException("referral.centerNotOperating", center.name());
        }
        regions.requireEnabled(center.province(), BusinessTime.dateOf(appliedAt), "pilot.centerRegion",
                center.name());
        DueDate due = AcceptancePeriod.dueFor(appliedAt, calendar.current());
        CaseParticulars particulars = new CaseParticulars(command.causeOfAction().strip(),
                command.disputeType() == null ? null : command.disputeType().strip(),
                ReferralRules.toMoney(command.claimAmount()), command.facts().strip(), appliedAt);
        MediationCase c = MediationCase.applyDirectly(applicantUsername, particulars, center, appliedAt, due, actor);
        fill(c, parties, command.claims(), command.materials(), command.preferredMediatorCode(),
                "preferredMediatorCode", center.code(), appliedAt, actor);
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE, due.end(), due));
        em.persist(new Deadline(c, DeadlineKind.ACCEPTANCE_REMINDER, AcceptancePeriod.reminderAt(due), due));
        calendar.alertIfProvisional(due);
        notifications.notifyOrg(center.code(), c.id(), "notice.newApplication", null, c.caseNumber(), due.date());
        em.flush();
        return c;
    }

    private void fill(MediationCase c, List<ReferralCommand.PartyInput> parties,
                      List<ReferralCommand.ClaimInput> claims, List<ReferralCommand.MaterialInput> materials,
                      String nominatedMediatorCode, String mediatorField, String centerCode, Instant at,
                      Actor actor) {
        for (ReferralCommand.PartyInput p : parties) {
            String creditCode = trim(p.creditCode());
            c.addParty(new PartyDetails(p.role(), p.type(), p.name().strip(), p.country(),
                    creditCode == null ? null : creditCode.toUpperCase(java.util.Locale.ROOT),
                    trim(p.foreignRegistrationNo()), p.idType(), trim(p.idNumber()), p.legalRepresentative(),
                    p.address(), p.phone(), p.email(), p.agentName(), p.agentPhone(), p.litigationPosition(),
                    p.externalRef(), trim(p.agentIdNumber())));
        }
        for (ReferralCommand.ClaimInput cl : claims) {
            c.addClaim(cl.text().strip(), ReferralRules.toMoney(cl.amount()));
        }
        if (nominatedMediatorCode != null && !nominatedMediatorCode.isBlank()) {
            c.nominateMediator(approvedMediator(nominatedMediatorCode.strip().toUpperCase(java.util.Locale.ROOT),
                    centerCode, mediatorField));
        }
        em.persist(c);
        if (c.id() == null) {
            em.flush(); // not expected: the shared sequence's preallocated ids are assigned at persist
        }
        // the number goes into the case's INSERT (issue 10 §2 intake: no flush here and no UPDATE of the new row, which
        // on PostgreSQL rewrote an entry in each of mediation_case's indexes)
        c.assignCaseNumber();
        if (materials != null) {
            for (int i = 0; i < materials.size(); i++) {
                ReferralCommand.MaterialInput in = materials.get(i);
                String type = MaterialPolicy.check("materials[" + i + "]", in.fileName(), in.content());
                Material m = c.addMaterial(ReferralRules.baseName(in.fileName()), type, in.content().length,
                        Hashes.sha256(in.content()), at, actor);
                em.persist(m);
                em.persist(new MaterialContent(m, in.content()));
            }
        }
    }

    /**
     * A court may refer a case to a center only when both lie in enabled pilot regions and the center is on the
     * court's invited roster on that date (notice §2(5); 特邀调解规定 Art. 5–10).
     *
     * @throws org.sutiao.shared.domain.ConflictException with a message naming what is missing
     */
    public void checkReferable(Court court, MediationCenter center, LocalDate date) {
        ConflictException refusal = refusal(court, center, invitedRoster.invitedCenterIds(court, date),
                region -> regions.isEnabled(region, date));
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Why the court may not refer a case to the center, or null when it may: the rule of
     * {@link #checkReferable}, as a value (the referral form lists every center with its reason).
     *
     * @param invitedCenterIds ids of the centers on the court's invited roster on the date
     * @param regionEnabled    whether a province takes part in the pilot on the date
     */
    public static ConflictException refusal(Court court, MediationCenter center, java.util.Set<Long> invitedCenterIds,
                                            java.util.function.Predicate<String> regionEnabled) {
        if (!center.isOperating()) {
            return new ConflictException("referral.centerNotOperating", center.name());
        }
        if (!regionEnabled.test(court.province())) {
            return new ConflictException("pilot.courtRegion", court.name(), court.province());
        }
        if (!regionEnabled.test(center.province())) {
            return new ConflictException("pilot.centerRegion", center.name(), center.province());
        }
        if (!invitedCenterIds.contains(center.id())) {
            return new ConflictException("referral.centerNotInvited", center.name(), court.name());
        }
        return null;
    }

    /**
     * A mediator the parties may name: on the approved national roster (特邀调解规定 Art. 12).
     *
     * @throws InvalidInputException when unknown or not approved
     */
    private Mediator approvedMediator(String code, String centerCode, String field) {
        Mediator m = cases.mediator(code)
                .orElseThrow(() -> new InvalidInputException(field, "mediator.unknown", code));
        if (em.find(NationalRosterEntry.class, m.id()) == null) {
            throw new InvalidInputException(field, "mediator.notApproved", m.name());
        }
        if (!m.isAssignable()) {
            throw new InvalidInputException(field, "mediator.notAssignable", m.code(), m.status().name());
        }
        if (!m.center().code().equals(centerCode)) {
            throw new InvalidInputException(field, "mediator.otherCenter", m.code(), centerCode);
        }
        return m;
    }


    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
