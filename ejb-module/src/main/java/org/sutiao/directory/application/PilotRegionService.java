package org.sutiao.directory.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.directory.domain.PilotRegion;
import org.sutiao.directory.domain.ProvincialRegions;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Which regions take part in the docking (notice 法办〔2024〕623号 §2(5): ten pilot regions first). A court or
 * center outside an enabled region can neither refer nor receive cases; HQ enables further regions with a start
 * date.
 */
@Stateless
@Audited
public class PilotRegionService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** All regions with their start dates, earliest first. */
    @PermitAll
    public List<PilotRegion> regions() {
        return em.createNamedQuery("PilotRegion.all", PilotRegion.class).getResultList();
    }

    /**
     * Enables a region from a date (or moves the start date of an enabled one).
     *
     * @param region province short name as in the data (四川)
     * @throws InvalidInputException when the name or the date is missing or malformed, or the name is not a
     *                               provincial-level region of the mainland ({@link ProvincialRegions})
     */
    @RolesAllowed(Role.HQ)
    public PilotRegion enable(String region, LocalDate enabledFrom) {
        if (region == null || region.isBlank() || region.strip().length() > 20) {
            throw new InvalidInputException(InvalidInputException.FieldError.text("region", region, 20));
        }
        if (!ProvincialRegions.isProvincialRegion(region.strip())) {
            throw new InvalidInputException("region", "pilotRegion.unknown", region.strip());
        }
        if (enabledFrom == null) {
            throw new InvalidInputException("enabledFrom", "validation.required");
        }
        String by = session.getCallerPrincipal().getName();
        PilotRegion r = em.find(PilotRegion.class, region.strip());
        if (r == null) {
            r = new PilotRegion(region.strip(), enabledFrom, by, clock.instant());
            em.persist(r);
        } else {
            r.enableFrom(enabledFrom, by, clock.instant());
        }
        return r;
    }

    /** True when {@code region} takes part in the pilot on {@code date}. */
    @PermitAll
    public boolean isEnabled(String region, LocalDate date) {
        PilotRegion r = region == null ? null : em.find(PilotRegion.class, region);
        return r != null && r.isEnabledOn(date);
    }

    /**
     * Refuses a referral that involves a region not enabled on {@code date}.
     *
     * @param messageKey {@code pilot.courtRegion} or {@code pilot.centerRegion}
     * @throws ConflictException when the region is not (yet) enabled
     */
    @PermitAll
    public void requireEnabled(String region, LocalDate date, String messageKey, String who) {
        PilotRegion r = region == null ? null : em.find(PilotRegion.class, region);
        if (r == null || !r.isEnabledOn(date)) {
            throw new ConflictException(messageKey, who, region);
        }
    }
}
