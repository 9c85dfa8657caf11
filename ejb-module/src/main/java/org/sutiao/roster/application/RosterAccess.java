package org.sutiao.roster.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.NotFoundException;

import java.security.Principal;

/**
 * Who may keep or read which part of the roster (DESIGN.md §4): a center admin its own center's mediators, HQ every
 * center. Anything outside the caller's part answers "not found", like a case outside scope.
 */
@Dependent
public class RosterAccess {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    Principal principal;

    /** The logged-in caller. */
    public Caller caller() {
        return callers.of(principal);
    }

    /**
     * The center, when the caller keeps it (its center admin) or, for reads, is HQ.
     *
     * @throws NotFoundException otherwise, or when unknown
     */
    public MediationCenter center(String centerCode, boolean write) {
        Caller caller = caller();
        boolean allowed = caller.role() == Role.HQ_ADMIN && !write
                || caller.role() == Role.CENTER_ADMIN && centerCode != null && centerCode.equals(caller.orgCode());
        if (!allowed || centerCode == null) {
            throw new NotFoundException("center.unknown", centerCode);
        }
        return em.createNamedQuery("MediationCenter.byCode", MediationCenter.class).setParameter("code", centerCode)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("center.unknown", centerCode));
    }

    /**
     * The mediator, when the caller keeps (or, for reads, may see) the roster of the mediator's center.
     *
     * @throws NotFoundException otherwise, or when unknown
     */
    public Mediator mediator(String mediatorCode, boolean write) {
        Mediator m = mediatorCode == null ? null : em.createNamedQuery("Mediator.byCode", Mediator.class)
                .setParameter("code", mediatorCode.strip()).getResultStream().findFirst().orElse(null);
        if (m == null) {
            throw new NotFoundException("mediator.notFound", mediatorCode);
        }
        try {
            center(m.center().code(), write);
        } catch (NotFoundException e) {
            throw new NotFoundException("mediator.notFound", mediatorCode);
        }
        return m;
    }

    /**
     * Any center's mediator (HQ records training for every center).
     *
     * @throws NotFoundException when unknown
     */
    public Mediator mediatorAnyCenter(String mediatorCode) {
        return em.createNamedQuery("Mediator.byCode", Mediator.class)
                .setParameter("code", mediatorCode == null ? "" : mediatorCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("mediator.notFound", mediatorCode));
    }

    /** The caller's user name, for who-and-when records. */
    public String username() {
        return principal.getName();
    }
}
