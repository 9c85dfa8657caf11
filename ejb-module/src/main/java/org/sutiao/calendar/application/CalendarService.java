package org.sutiao.calendar.application;

import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.domain.CalendarDay;
import org.sutiao.calendar.domain.CalendarYear;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PRC working-day calendar as stored: building the {@link WorkingDayCalendar} snapshot, loading a year's
 * notice (operators), and alerting operators when a deadline had to be computed provisionally for a year whose
 * notice is missing.
 * <p>
 * The snapshot is kept per node in {@link CalendarCache} and checked on every {@link #current()} against the
 * database's list of loaded years with their load times (one query of a few rows of calendar_year): a
 * year loaded on any cluster node, or a loading transaction that rolled back, changes that stamp, and the next call
 * in any transaction rebuilds the snapshot from the rows that transaction sees. So every node sees a newly loaded year
 * at once, as when it was read in full each time (about a hundred rows a year), without reading the days. A TTL was
 * not chosen: it would leave a node computing deadlines from an old calendar for its length.
 */
@Stateless
@Audited
public class CalendarService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<CalendarYearLoaded> yearLoaded;
    @Inject
    NotificationService notifications;
    @Resource
    SessionContext session;
    @Inject
    CalendarCache cache;

    /** The calendar as currently loaded (as this transaction sees it); cached, see the class's description. */
    @PermitAll
    public WorkingDayCalendar current() {
        StringBuilder stamp = new StringBuilder();
        for (Object[] y : em.createNamedQuery("CalendarYear.stamps", Object[].class).getResultList()) {
            stamp.append(y[0]).append('@').append(y[1]).append(';');
        }
        return cache.get(stamp.toString(), this::load);
    }

    private WorkingDayCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (CalendarDay d : em.createNamedQuery("CalendarDay.all", CalendarDay.class).getResultList()) {
            days.put(d.date(), d.kind());
        }
        Set<Integer> years = new HashSet<>();
        for (CalendarYear y : em.createNamedQuery("CalendarYear.all", CalendarYear.class).getResultList()) {
            years.add(y.year());
        }
        return new WorkingDayCalendar(days, years);
    }

    /** The loaded years, oldest first. */
    @PermitAll
    public List<CalendarYear> years() {
        return em.createNamedQuery("CalendarYear.all", CalendarYear.class).getResultList();
    }

    /** The entries of one year in date order. */
    @PermitAll
    public List<CalendarDay> days(int year) {
        return em.createNamedQuery("CalendarDay.byYear", CalendarDay.class).setParameter("year", year)
                .getResultList();
    }

    /**
     * Loads the holiday notice of a year that is not loaded yet, then recomputes every provisional deadline
     * (via {@link CalendarYearLoaded}) and resolves the operators' alert for that year. All in one transaction.
     *
     * @param entries holidays and make-up workdays; at least one holiday (every year has statutory holidays, 国务院令
     *                第795号); every date must lie in {@code year}, no date twice; a make-up workday must fall on a
     *                weekend and a holiday should not
     * @throws ConflictException     when the year is already loaded
     * @throws InvalidInputException when an entry is invalid
     */
    @RolesAllowed(Role.OPERATOR_ROLE)
    public void loadYear(int year, List<CalendarEntry> entries, String source) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "calendar.yearRange");
        }
        if (source != null && source.strip().length() > 200) {
            throw new InvalidInputException("source", "validation.size", 0, 200);
        }
        if (em.find(CalendarYear.class, year) != null) {
            throw new ConflictException("calendar.yearLoaded", year);
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CalendarEntry e = entries.get(i);
            String field = "entries[" + i + "]";
            if (e.date() == null || e.kind() == null || e.name() == null || e.name().isBlank()) {
                errors.add(new InvalidInputException.FieldError(field, "calendar.entryIncomplete", i + 1));
            } else if (e.date().getYear() != year) {
                errors.add(new InvalidInputException.FieldError(field, "calendar.entryYear", i + 1, year));
            } else if (!seen.add(e.date())) {
                errors.add(new InvalidInputException.FieldError(field, "calendar.entryDuplicate", i + 1));
            } else if (e.kind() == DayKind.WORKDAY && e.date().getDayOfWeek().getValue() < 6) {
                errors.add(new InvalidInputException.FieldError(field, "calendar.workdayOnWeekday", i + 1));
            }
        }
        if (errors.isEmpty() && entries.stream().noneMatch(e -> e.kind() == DayKind.HOLIDAY)) {
            // every year has statutory holidays (国务院令第795号: 元旦 at least): a notice without one is no notice
            errors.add(new InvalidInputException.FieldError("entries", "calendar.noHolidays", String.valueOf(year)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String by = session.getCallerPrincipal().getName();
        importYear(year, entries, source == null || source.isBlank() ? "operator" : source.strip(), by);
        yearLoaded.fire(new CalendarYearLoaded(year));
        notifications.answeredByKey(NoticeMove.LOAD_CALENDAR, missingYearKey(year));
    }

    /** Stores a year without checks or events; used by the first-start import of the shipped calendar. */
    @PermitAll
    public void importYear(int year, List<CalendarEntry> entries, String source, String by) {
        CalendarYear y = new CalendarYear(year, source, clock.instant(), by);
        em.persist(y);
        em.flush();
        for (CalendarEntry e : entries) {
            em.persist(new CalendarDay(e.date(), e.kind(), e.name().strip(), year));
        }
        em.flush();
    }

    /**
     * Alerts operators once per missing year when a deadline was computed provisionally (the push never fails).
     */
    @PermitAll
    public void alertIfProvisional(DueDate due) {
        if (due.provisional()) {
            int year = due.date().getYear();
            notifications.alertRole(Role.OPERATOR_ROLE, "notice.calendarMissing", missingYearKey(year), year);
        }
    }

    private static String missingYearKey(int year) {
        return "calendar-missing-" + year;
    }
}
