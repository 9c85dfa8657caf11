package org.sutiao.fees.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.fees.domain.FeeTerms;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Centers' fee schedules (notice 法办〔2024〕623号 §5(4): fees are public before any fee is charged). A center admin
 * publishes versions for their own center, HQ for any center; a published version is never edited, only superseded
 * by a new one. Everyone, without login, may read every center's schedule in force and its history.
 */
@Stateless
@Audited
public class FeeScheduleService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Publishes a new version of the center's schedule in the terms' currency (version = last + 1, under a lock on
     * the center so that concurrent publications get distinct numbers). It must take effect today or later (Beijing
     * date): a fee is charged only by a schedule that was public before the acceptance.
     *
     * @return the published version
     * @throws NotFoundException     when the center is unknown, or not the caller's own (center admin)
     * @throws InvalidInputException when the terms break a rule ({@link FeeTerms#validate()}) or take effect
     *                               before today ({@code effectiveFrom}, {@code fee.effectiveInPast})
     */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public FeeSchedule publish(String centerCode, FeeTerms terms) {
        Caller caller = callers.of(session.getCallerPrincipal());
        if (caller.role() == Role.CENTER_ADMIN && (centerCode == null || !centerCode.equals(caller.orgCode()))) {
            throw new NotFoundException("center.unknown", centerCode);
        }
        MediationCenter center = center(centerCode);
        if (terms == null) {
            throw new InvalidInputException("basis", "validation.required");
        }
        terms.validate();
        LocalDate today = BusinessTime.dateOf(clock.instant());
        if (terms.effectiveFrom().isBefore(today)) {
            throw new InvalidInputException("effectiveFrom", "fee.effectiveInPast", today.toString());
        }
        em.lock(center, LockModeType.PESSIMISTIC_WRITE);
        return store(center, terms, caller.username());
    }

    /**
     * Seeds a schedule without the caller and date checks (first-start import of the demo data).
     *
     * @throws InvalidInputException when the terms break a rule
     */
    @PermitAll
    public FeeSchedule seed(MediationCenter center, FeeTerms terms) {
        return store(center, terms, "system");
    }

    private FeeSchedule store(MediationCenter center, FeeTerms terms, String by) {
        Integer last = em.createNamedQuery("FeeSchedule.lastVersion", Integer.class)
                .setParameter("centerCode", center.code()).setParameter("currency", terms.currency())
                .getSingleResult();
        FeeSchedule s = new FeeSchedule(center, last == null ? 1 : last + 1, terms, clock.instant(), by);
        em.persist(s);
        return s;
    }

    /** The center's schedule in {@code currency} in force on {@code date} (Beijing date), if any. */
    @PermitAll
    public Optional<FeeSchedule> inForce(String centerCode, String currency, LocalDate date) {
        return em.createNamedQuery("FeeSchedule.inForce", FeeSchedule.class).setParameter("centerCode", centerCode)
                .setParameter("currency", currency).setParameter("date", date).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * One center's published fees: per currency the schedule in force today (Beijing date) and every version.
     *
     * @throws NotFoundException when the center is unknown
     */
    @PermitAll
    public CenterFees centerFees(String centerCode) {
        MediationCenter c = center(centerCode);
        return fees(c, em.createNamedQuery("FeeSchedule.byCenter", FeeSchedule.class)
                .setParameter("centerCode", c.code()).getResultList(), BusinessTime.dateOf(clock.instant()));
    }

    /**
     * One version.
     *
     * @throws NotFoundException when the center, currency or version is unknown
     */
    @PermitAll
    public FeeSchedule version(String centerCode, String currency, int versionNo) {
        return em.createNamedQuery("FeeSchedule.byVersion", FeeSchedule.class).setParameter("centerCode", centerCode)
                .setParameter("currency", currency).setParameter("versionNo", versionNo).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("fee.scheduleNotFound", centerCode, currency, versionNo));
    }

    /**
     * The public listing, callable without login: every center (in code order) with, per currency, the schedule in
     * force today (Beijing date) and all its versions.
     */
    @PermitAll
    public List<CenterFees> publicListing() {
        LocalDate today = BusinessTime.dateOf(clock.instant());
        Map<String, List<FeeSchedule>> byCenter = new LinkedHashMap<>();
        for (FeeSchedule s : em.createNamedQuery("FeeSchedule.all", FeeSchedule.class).getResultList()) {
            byCenter.computeIfAbsent(s.center().code(), k -> new ArrayList<>()).add(s);
        }
        return em.createNamedQuery("MediationCenter.all", MediationCenter.class).getResultStream()
                .map(c -> fees(c, byCenter.getOrDefault(c.code(), List.of()), today)).toList();
    }

    /** Groups a center's versions (ordered by currency, newest first) by currency. */
    private static CenterFees fees(MediationCenter c, List<FeeSchedule> versions, LocalDate today) {
        Map<String, List<FeeSchedule>> byCurrency = new LinkedHashMap<>();
        versions.forEach(s -> byCurrency.computeIfAbsent(s.currency(), k -> new ArrayList<>()).add(s));
        List<CenterFees.CurrencyFees> currencies = new ArrayList<>();
        byCurrency.forEach((currency, list) ->
                currencies.add(new CenterFees.CurrencyFees(currency, today, inForceAmong(list, today), list)));
        return new CenterFees(c.code(), c.name(), currencies);
    }

    /** Number of published schedules (the importer seeds the demo ones when there are none). */
    @PermitAll
    public long count() {
        return em.createNamedQuery("FeeSchedule.count", Long.class).getSingleResult();
    }

    /** The schedule in force on {@code date} among versions of one center and currency. */
    static FeeSchedule inForceAmong(List<FeeSchedule> versions, LocalDate date) {
        FeeSchedule best = null;
        for (FeeSchedule s : versions) {
            if (s.effectiveOn(date) && (best == null || s.effectiveFrom().isAfter(best.effectiveFrom())
                    || (s.effectiveFrom().equals(best.effectiveFrom()) && s.versionNo() > best.versionNo()))) {
                best = s;
            }
        }
        return best;
    }

    private MediationCenter center(String code) {
        if (code == null || code.isBlank()) {
            throw new NotFoundException("center.unknown", String.valueOf(code));
        }
        return em.createNamedQuery("MediationCenter.byCode", MediationCenter.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("center.unknown", code));
    }
}
