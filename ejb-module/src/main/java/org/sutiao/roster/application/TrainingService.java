package org.sutiao.roster.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.ChangeNote;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.TrainingAttendance;
import org.sutiao.roster.domain.TrainingCourse;
import org.sutiao.shared.domain.ConflictException;
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
 * Training and certification records (notice 法办〔2024〕623号 §5(5)): HQ and centers record courses and who attended;
 * each attendance adds its hours to the mediator's total, which the center's roster and the national roster show.
 * HQ records for any mediator, a center admin for its own mediators and its own courses.
 */
@Stateless
@Audited
public class TrainingService {
    /** Longest course, hours. */
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    RosterAccess access;
    @Inject
    Clock clock;

    /** Courses the caller sees: HQ all, a center its own and HQ's, newest first. */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<TrainingCourse> courses() {
        Caller caller = access.caller();
        List<TrainingCourse> all = em.createNamedQuery("TrainingCourse.all", TrainingCourse.class).getResultList();
        if (caller.role() == Role.HQ_ADMIN) {
            return all;
        }
        return all.stream().filter(c -> c.organizer() == null || c.organizer().code().equals(caller.orgCode()))
                .toList();
    }

    /**
     * Records a course organised by the caller's organisation (HQ: no organising center).
     *
     * @param hours length in hours, 0.5–200, one decimal
     * @throws InvalidInputException when a field is missing or out of range
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public TrainingCourse record(String title, String provider, LocalDate heldOn, BigDecimal hours) {
        Caller caller = access.caller();
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", title);
        text(errors, "provider", provider);
        if (heldOn == null) {
            errors.add(new FieldError("heldOn", "validation.required"));
        }
        hours(errors, "hours", hours);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MediationCenter organizer = caller.role() == Role.CENTER_ADMIN ? access.center(caller.orgCode(), true) : null;
        TrainingCourse course = new TrainingCourse(title.strip(), provider.strip(), organizer, heldOn, hours,
                clock.instant(), caller.username());
        em.persist(course);
        return course;
    }

    /** Who attended a course. */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<TrainingAttendance> attendance(Long courseId) {
        return em.createNamedQuery("TrainingAttendance.byCourse", TrainingAttendance.class)
                .setParameter("course", visible(courseId)).getResultList();
    }

    /**
     * Records that a mediator attended a course; the hours are added to the mediator's total (and to the national
     * roster's published total).
     *
     * @param hours credited hours, at most the course's; null = the whole course
     * @throws NotFoundException     when the course or mediator is outside the caller's part
     * @throws InvalidInputException when the hours are out of range
     * @throws ConflictException     when already recorded for this course
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public TrainingAttendance attend(Long courseId, String mediatorCode, BigDecimal hours) {
        TrainingCourse course = visible(courseId);
        Caller caller = access.caller();
        Mediator m = caller.role() == Role.HQ_ADMIN ? access.mediatorAnyCenter(mediatorCode)
                : access.mediator(mediatorCode, true);
        if (m.status() == org.sutiao.roster.domain.MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", m.code());
        }
        BigDecimal credited = hours == null ? course.hours() : hours;
        List<FieldError> errors = new ArrayList<>();
        hours(errors, "hours", credited);
        if (errors.isEmpty() && credited.compareTo(course.hours()) > 0) {
            errors.add(new FieldError("hours", "training.moreThanCourse", course.hours()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (em.createNamedQuery("TrainingAttendance.exists", Long.class).setParameter("course", course)
                .setParameter("mediator", m).getSingleResult() > 0) {
            throw new ConflictException("training.already", m.name(), course.title());
        }
        Instant now = clock.instant();
        TrainingAttendance a = new TrainingAttendance(course, m, credited, now, caller.username());
        em.persist(a);
        m.addTrainingHours(credited);
        NationalRosterEntry entry = em.find(NationalRosterEntry.class, m.id());
        if (entry != null) {
            entry.trainingHours(m.trainingHours());
        }
        ChangeNote note = ChangeNote.of("rosterChange.training", course.title(), course.heldOn(), credited);
        em.persist(new MediatorChange(m, now, caller.username(), note,
                ChangeTexts.of(org.sutiao.shared.application.Messages.CHINESE, note)));
        return a;
    }

    private TrainingCourse visible(Long courseId) {
        TrainingCourse c = courseId == null ? null : em.find(TrainingCourse.class, courseId);
        Caller caller = access.caller();
        if (c == null || caller.role() == Role.CENTER_ADMIN && c.organizer() != null
                && !c.organizer().code().equals(caller.orgCode())) {
            throw new NotFoundException("training.notFound", String.valueOf(courseId));
        }
        return c;
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.strip().length() > 200) {
            errors.add(new FieldError(field, "validation.size", 1, 200));
        }
    }

    private static void hours(List<FieldError> errors, String field, BigDecimal hours) {
        if (hours == null) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (hours.compareTo(new BigDecimal("0.5")) < 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            errors.add(new FieldError(field, "training.hoursRange"));
        }
    }
}
