package org.sutiao.roster.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.directory.domain.Court;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.InvitedRosterEntry;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A court's invited roster (特邀调解名册): its clerks add centers and individual mediators with a validity period
 * and remove them with a reason; a court may refer a case only to a center on its roster on the push date; a center
 * assigning a mediator to a court's case sees that court's invited mediators first. Clerks keep their own court's
 * roster; HQ and supervisors read every roster.
 */
@Stateless
@Audited
public class InvitedRosterService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** A court's entries, current first (removed ones after). */
    @RolesAllowed({Role.CLERK, Role.SYSTEM, Role.HQ, Role.SUPERVISOR})
    public List<InvitedRosterEntry> entries(String courtCode) {
        return em.createNamedQuery("InvitedRosterEntry.byCourt", InvitedRosterEntry.class)
                .setParameter("courtCode", ownCourt(courtCode, false).code()).getResultList();
    }

    /**
     * Invites a center or an active mediator.
     *
     * @param validTo last day of validity (inclusive), or null for open-ended
     * @throws InvalidInputException when neither or both targets are given, unknown, or the period is reversed
     * @throws ConflictException     when the mediator is not active or not on the approved national roster, the center
     *                               is not operating, or an overlapping entry for the target exists
     */
    @RolesAllowed(Role.CLERK)
    public InvitedRosterEntry add(String courtCode, String centerCode, String mediatorCode, LocalDate validFrom,
                                  LocalDate validTo) {
        Court court = ownCourt(courtCode, true);
        // one change of a court's roster at a time: the overlap check below then sees every earlier entry
        em.lock(court, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        boolean byCenter = centerCode != null && !centerCode.isBlank();
        boolean byMediator = mediatorCode != null && !mediatorCode.isBlank();
        if (byCenter == byMediator) {
            throw new InvalidInputException("centerCode", "invitedRoster.oneTarget");
        }
        MediationCenter center = byCenter ? find(MediationCenter.class, "MediationCenter.byCode", centerCode.strip())
                .orElseThrowInvalid("centerCode", "referral.unknownCenter", centerCode) : null;
        Mediator mediator = byMediator ? find(Mediator.class, "Mediator.byCode", mediatorCode.strip())
                .orElseThrowInvalid("mediatorCode", "mediator.unknown", mediatorCode) : null;
        if (mediator != null && !mediator.isAssignable()) {
            throw new ConflictException("mediator.notAssignable", mediator.code(), mediator.status().name());
        }
        if (mediator != null && em.find(NationalRosterEntry.class, mediator.id()) == null) {
            throw new ConflictException("invitedRoster.notApproved", mediator.name());
        }
        if (center != null && !center.isOperating()) {
            throw new ConflictException("referral.centerNotOperating", center.name());
        }
        InvitedRosterEntry entry = new InvitedRosterEntry(court, center, mediator, validFrom, validTo,
                clock.instant(), callerName());
        boolean overlap = entries(court.code()).stream().anyMatch(e -> e.overlaps(validFrom, validTo)
                && (center != null ? center.equals(e.center()) : mediator.equals(e.mediator())));
        if (overlap) {
            throw new ConflictException("invitedRoster.duplicate", center != null ? center.name() : mediator.name());
        }
        em.persist(entry);
        return entry;
    }

    /**
     * Removes an entry with a reason.
     *
     * @throws NotFoundException when the entry is not this court's
     */
    @RolesAllowed(Role.CLERK)
    public void remove(String courtCode, Long entryId, String reason) {
        Court court = ownCourt(courtCode, true);
        InvitedRosterEntry e = entryId == null ? null : em.find(InvitedRosterEntry.class, entryId);
        if (e == null || !e.court().equals(court)) {
            throw new NotFoundException("invitedRoster.notFound", entryId);
        }
        e.remove(reason, clock.instant(), callerName());
    }

    /** True when the center is on the court's roster on {@code date}. */
    @PermitAll
    public boolean isCenterInvited(Court court, MediationCenter center, LocalDate date) {
        return invitedCenterIds(court, date).contains(center.id());
    }

    /** Ids of the centers on the court's roster on {@code date} (compared by id: callers may hold other copies). */
    @PermitAll
    public Set<Long> invitedCenterIds(Court court, LocalDate date) {
        return activeOf(court).stream().filter(e -> e.center() != null && e.isValidOn(date))
                .map(e -> e.center().id()).collect(Collectors.toSet());
    }

    /** Codes of the mediators invited by the court on {@code date}. */
    @PermitAll
    public Set<String> invitedMediatorCodes(Court court, LocalDate date) {
        return activeOf(court).stream().filter(e -> e.mediator() != null && e.isValidOn(date))
                .map(e -> e.mediator().code()).collect(Collectors.toSet());
    }

    /** Seeds an entry without checks (first-start import of the demo rosters). */
    @PermitAll
    public void seed(Court court, MediationCenter center, LocalDate validFrom) {
        em.persist(new InvitedRosterEntry(court, center, null, validFrom, null, clock.instant(), "system"));
    }

    private List<InvitedRosterEntry> activeOf(Court court) {
        return em.createNamedQuery("InvitedRosterEntry.byCourt", InvitedRosterEntry.class)
                .setParameter("courtCode", court.code()).getResultList();
    }

    /** The court, if the caller may see (and, for {@code write}, keep) its roster; else not found. */
    private Court ownCourt(String courtCode, boolean write) {
        Caller caller = callers.of(session.getCallerPrincipal());
        boolean reader = !write && (caller.role() == Role.HQ_ADMIN || caller.role() == Role.COURT_SUPERVISOR);
        if (courtCode == null || (!reader && !courtCode.equals(caller.orgCode()))) {
            throw new NotFoundException("court.unknown", courtCode);
        }
        return find(Court.class, "Court.byCode", courtCode).orElseThrowNotFound("court.unknown", courtCode);
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private <T> Lookup<T> find(Class<T> type, String query, String code) {
        return new Lookup<>(em.createNamedQuery(query, type).setParameter("code", code).getResultStream()
                .findFirst().orElse(null));
    }

    /** A lookup result that fails in the way the boundary expects. */
    private record Lookup<T>(T value) {
        T orElseThrowInvalid(String field, String key, Object arg) {
            if (value == null) {
                throw new InvalidInputException(field, key, arg);
            }
            return value;
        }

        T orElseThrowNotFound(String key, Object arg) {
            if (value == null) {
                throw new NotFoundException(key, arg);
            }
            return value;
        }
    }
}
