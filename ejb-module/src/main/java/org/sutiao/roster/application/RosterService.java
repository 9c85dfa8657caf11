package org.sutiao.roster.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.AssessmentGrade;
import org.sutiao.roster.domain.ChangeNote;
import org.sutiao.roster.domain.CounterpartType;
import org.sutiao.roster.domain.ExitReason;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorAssessment;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.MediatorMerit;
import org.sutiao.roster.domain.MediatorProfile;
import org.sutiao.roster.domain.MediatorRelationship;
import org.sutiao.roster.domain.MeritKind;
import org.sutiao.roster.domain.TrainingAttendance;
import org.sutiao.shared.application.BoundaryValidator;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.CreditCode;
import org.sutiao.shared.domain.IdNumbers;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediator roster a center admin keeps (特邀调解规定 Art. 8–13; notice 法办〔2024〕623号 §4(3)): enrolment,
 * profile and certificate edits, suspension, exit, assessments, commendations and sanctions, declared
 * relationships. Nothing is deleted; every write is one transaction and leaves one {@link MediatorChange} with who
 * and when, which the next roster report carries up to HQ. HQ reads every center's roster.
 */
@Stateless
@Audited
public class RosterService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    RosterAccess access;
    @Inject
    BoundaryValidator validator;
    @Inject
    Clock clock;
    @Inject
    org.sutiao.identity.application.AccountService accounts;

    /** A center's whole roster, exited mediators included (active first). */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public List<Mediator> roster(String centerCode) {
        MediationCenter center = access.center(centerCode, false);
        return em.createNamedQuery("Mediator.byCenter", Mediator.class).setParameter("centerCode", center.code())
                .getResultList();
    }

    /**
     * One mediator of a roster the caller may read.
     *
     * @throws NotFoundException when outside the caller's part of the roster
     */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public Mediator mediator(String mediatorCode) {
        return access.mediator(mediatorCode, false);
    }

    /**
     * One mediator with everything recorded about them.
     *
     * @throws NotFoundException when outside the caller's part of the roster
     */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public MediatorRecord record(String mediatorCode) {
        Mediator m = access.mediator(mediatorCode, false);
        return new MediatorRecord(m,
                em.createNamedQuery("MediatorAssessment.byMediator", MediatorAssessment.class)
                        .setParameter("mediator", m).getResultList(),
                em.createNamedQuery("MediatorMerit.byMediator", MediatorMerit.class)
                        .setParameter("mediator", m).getResultList(),
                em.createNamedQuery("MediatorRelationship.byMediator", MediatorRelationship.class)
                        .setParameter("mediator", m).getResultList(),
                em.createNamedQuery("TrainingAttendance.byMediator", TrainingAttendance.class)
                        .setParameter("mediator", m).getResultList(),
                em.createNamedQuery("MediatorChange.byMediator", MediatorChange.class)
                        .setParameter("mediator", m).getResultList());
    }

    /**
     * Everything recorded about a mediator, newest first in each list.
     *
     * @param changes the change history (who, when, what)
     */
    public record MediatorRecord(Mediator mediator, List<MediatorAssessment> assessments, List<MediatorMerit> merits,
                                 List<MediatorRelationship> relationships, List<TrainingAttendance> training,
                                 List<MediatorChange> changes) {
    }

    /**
     * Enrols a new ACTIVE mediator on the caller's center's roster with the next free code ({@code M1000} on).
     *
     * @throws InvalidInputException when the profile is invalid (fields listed), or the ID number is already on a
     *                               roster
     * @throws NotFoundException     when the center is not the caller's
     */
    @RolesAllowed(Role.CENTER)
    public Mediator enrol(String centerCode, MediatorProfile profile) {
        MediationCenter center = access.center(centerCode, true);
        validator.check(profile, List.of());
        String id = profile.idNumber().strip().toUpperCase();
        if (!em.createNamedQuery("Mediator.byIdNumber", Mediator.class).setParameter("idNumber", id)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("idNumber", "mediator.duplicateId", IdNumbers.mask(id));
        }
        Mediator m = Mediator.enrol(nextCode(), center, profile);
        em.persist(m);
        flushUnique(id);
        change(m, ChangeNote.of("rosterChange.enrolled", m.name(), m.employment()));
        return m;
    }

    /**
     * Saves an edited profile.
     *
     * @param expectedVersion the version the edit was made on (stale → 409), or null
     * @return the mediator; unchanged and with no history line when nothing differs
     * @throws InvalidInputException when invalid; ConflictException when stale or exited
     */
    @RolesAllowed(Role.CENTER)
    public Mediator update(String mediatorCode, MediatorProfile profile, Long expectedVersion) {
        Mediator m = editable(mediatorCode, expectedVersion);
        validator.check(profile, List.of());
        String id = profile.idNumber().strip().toUpperCase();
        boolean taken = em.createNamedQuery("Mediator.byIdNumber", Mediator.class).setParameter("idNumber", id)
                .getResultStream().anyMatch(other -> !other.equals(m));
        if (taken) {
            throw new InvalidInputException("idNumber", "mediator.duplicateId", IdNumbers.mask(id));
        }
        List<ChangeNote.FieldChange> changes = m.update(profile);
        if (!changes.isEmpty()) {
            change(m, ChangeNote.profile(changes));
        }
        flushUnique(id);
        return m;
    }

    /**
     * Suspends or reinstates a mediator (a suspended mediator cannot be assigned).
     *
     * @throws ConflictException when exited, already in that state, or stale
     */
    @RolesAllowed(Role.CENTER)
    public void setSuspended(String mediatorCode, boolean suspended, String reason, Long expectedVersion) {
        Mediator m = editable(mediatorCode, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "reason", reason, 500);
        throwIfAny(errors);
        ChangeNote.FieldChange status = m.setSuspended(suspended);
        change(m, ChangeNote.of("rosterChange.status", status.before(), status.after(), reason.strip()));
    }

    /**
     * The mediator leaves the roster (resigned, dismissed after a sanction, certificate expired, other); the
     * mediator's account is deactivated with the exit (issue 13 §1).
     *
     * @param note required for OTHER, at most 500 characters
     * @throws InvalidInputException when date or reason is missing; ConflictException when already exited or stale
     */
    @RolesAllowed(Role.CENTER)
    public void exit(String mediatorCode, LocalDate date, ExitReason reason, String note, Long expectedVersion) {
        Mediator m = editable(mediatorCode, expectedVersion);
        change(m, m.exit(date, reason, note));
        accounts.deactivateMediatorAccounts(m.code());
    }

    /**
     * Records a periodic assessment.
     *
     * @param period e.g. {@code 2025} or {@code 2026-H1}
     * @param score  0–100, at most one decimal
     * @throws InvalidInputException when a field is missing or out of range
     */
    @RolesAllowed(Role.CENTER)
    public MediatorAssessment assess(String mediatorCode, String period, BigDecimal score, AssessmentGrade grade,
                                     String assessor) {
        Mediator m = open(mediatorCode);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "period", period, 20);
        required(errors, "assessor", assessor, 100);
        if (score == null) {
            errors.add(new FieldError("score", "validation.required"));
        } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 1) {
            errors.add(new FieldError("score", "assessment.score"));
        }
        if (grade == null) {
            errors.add(new FieldError("grade", "validation.required"));
        }
        throwIfAny(errors);
        MediatorAssessment a = new MediatorAssessment(m, period.strip(), score, grade, assessor.strip(),
                clock.instant(), access.username());
        em.persist(a);
        change(m, ChangeNote.of("rosterChange.assessment", a.period(), score, grade));
        return a;
    }

    /**
     * Records a commendation or sanction.
     *
     * @throws InvalidInputException when a field is missing
     */
    @RolesAllowed(Role.CENTER)
    public MediatorMerit recordMerit(String mediatorCode, MeritKind kind, LocalDate occurredOn, String reason) {
        Mediator m = open(mediatorCode);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (occurredOn == null) {
            errors.add(new FieldError("occurredOn", "validation.required"));
        }
        required(errors, "reason", reason, 500);
        throwIfAny(errors);
        MediatorMerit merit = new MediatorMerit(m, kind, occurredOn, reason.strip(), clock.instant(),
                access.username());
        em.persist(merit);
        change(m, ChangeNote.of("rosterChange.merit", kind, occurredOn, merit.reason()));
        return merit;
    }

    /**
     * HQ commends a mediator of any center from the evaluation dashboard (notice 法办〔2024〕623号 §5(3): outstanding
     * mediators get positive incentives), kept as a {@link MeritKind#COMMENDATION} dated today (Beijing) on the
     * mediator's record, like one its center records.
     *
     * @throws InvalidInputException when the reason is missing or longer than 500 characters
     * @throws NotFoundException     when the mediator is unknown
     * @throws ConflictException     when the mediator has exited the roster
     */
    @RolesAllowed(Role.HQ)
    public MediatorMerit commend(String mediatorCode, String reason) {
        Mediator m = access.mediatorAnyCenter(mediatorCode);
        if (m.status() == org.sutiao.roster.domain.MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", m.code());
        }
        List<FieldError> errors = new ArrayList<>();
        required(errors, "reason", reason, 500);
        throwIfAny(errors);
        MediatorMerit merit = new MediatorMerit(m, MeritKind.COMMENDATION,
                org.sutiao.shared.domain.BusinessTime.today(), reason.strip(), clock.instant(), access.username());
        em.persist(merit);
        change(m, ChangeNote.of("rosterChange.hqCommendation", merit.occurredOn(), merit.reason()));
        return merit;
    }

    /**
     * Records a relationship the mediator declares (checked on every assignment).
     *
     * @param counterpartCode credit code (company) or resident ID (person), optional but checked when given
     * @throws InvalidInputException when a field is missing or the code is malformed
     */
    @RolesAllowed(Role.CENTER)
    public MediatorRelationship declareRelationship(String mediatorCode, CounterpartType type, String name,
                                                    String counterpartCode, String relation) {
        Mediator m = open(mediatorCode);
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("counterpartType", "validation.required"));
        }
        required(errors, "name", name, 200);
        required(errors, "relation", relation, 200);
        String code = counterpartCode == null || counterpartCode.isBlank() ? null
                : counterpartCode.strip().toUpperCase();
        if (code != null && type == CounterpartType.COMPANY && !CreditCode.isValid(code)) {
            errors.add(new FieldError("code", "validation.creditCode"));
        }
        if (code != null && type == CounterpartType.PERSON && !IdNumbers.isValidResidentId(code)) {
            errors.add(new FieldError("code", "validation.idNumber"));
        }
        throwIfAny(errors);
        MediatorRelationship r = new MediatorRelationship(m, type, name.strip(), code, relation.strip(),
                clock.instant(), access.username());
        em.persist(r);
        change(m, ChangeNote.of("rosterChange.relationshipDeclared", r.counterpartName(), r.relation()));
        return r;
    }

    /**
     * Withdraws a declared relationship (it is kept, marked withdrawn).
     *
     * @throws NotFoundException when it is not this mediator's; ConflictException when already withdrawn
     */
    @RolesAllowed(Role.CENTER)
    public void withdrawRelationship(String mediatorCode, Long relationshipId) {
        Mediator m = access.mediator(mediatorCode, true);
        MediatorRelationship r = relationshipId == null ? null : em.find(MediatorRelationship.class, relationshipId);
        if (r == null || !r.mediator().equals(m)) {
            throw new NotFoundException("relationship.notFound", String.valueOf(relationshipId));
        }
        r.withdraw(clock.instant());
        change(m, ChangeNote.of("rosterChange.relationshipWithdrawn", r.counterpartName()));
    }

    /** A mediator whose record is still open (not exited) and whom the caller keeps. */
    private Mediator open(String mediatorCode) {
        Mediator m = access.mediator(mediatorCode, true);
        if (m.status() == org.sutiao.roster.domain.MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", m.code());
        }
        return m;
    }

    private Mediator editable(String mediatorCode, Long expectedVersion) {
        Mediator m = access.mediator(mediatorCode, true);
        if (expectedVersion != null && expectedVersion != m.version()) {
            throw new ConflictException("mediator.staleVersion", m.code());
        }
        return m;
    }

    /** Writes now, so that a concurrent enrolment of the same ID number (unique index) answers 400, not 500. */
    private void flushUnique(String idNumber) {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new InvalidInputException("idNumber", "mediator.duplicateId", IdNumbers.mask(idNumber));
                }
            }
            throw e;
        }
    }

    private void change(Mediator m, ChangeNote note) {
        em.persist(new MediatorChange(m, clock.instant(), access.username(), note,
                ChangeTexts.of(Messages.CHINESE, note)));
    }

    /** The next mediator code; the row lock on the counter makes concurrent enrolments wait, never collide. */
    private String nextCode() {
        em.createNativeQuery("UPDATE code_counter SET next_value = next_value + 1 WHERE name = 'mediator'")
                .executeUpdate();
        Number next = (Number) em.createNativeQuery("SELECT next_value FROM code_counter WHERE name = 'mediator'")
                .getSingleResult();
        return "M" + (next.longValue() - 1);
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.size", 1, max));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
