package org.sutiao.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.cases.domain.FullAccessGrant;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/**
 * Break-glass: HQ or a court supervisor opens one case's full detail after recording why (DESIGN.md §4: HQ sees "case
 * detail only with a recorded reason"; notice 法办〔2024〕623号 §2(1)). The grant holds for that user and case for 24
 * hours ({@link FullAccessGrant#VALIDITY}); it is audited with its reason, and the case's court and center are told,
 * so it shows on the case's access trail.
 */
@Stateless
public class FullAccessService {
    /** The audit action of a grant. */
    public static final String GRANTED = "FULL_ACCESS_GRANTED";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseAccess access;
    @Inject
    AuditLog audit;
    @Inject
    NotificationService notifications;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** A grant as shown to its holder. */
    public record GrantView(Long caseId, String caseNumber, Instant grantedAt, Instant expiresAt) {
    }

    /**
     * Records the reason and opens the case in full for the caller for 24 hours; a new grant each time (each reason is
     * kept).
     *
     * @param reason why the caller needs the case's content, 10–500 characters
     * @throws InvalidInputException on {@code reason}
     * @throws NotFoundException     when the case does not exist
     */
    @RolesAllowed({Role.HQ, Role.SUPERVISOR})
    public GrantView grant(Long caseId, String reason) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = access.open(caller, caseId).mediationCase();
        FullAccessGrant g = new FullAccessGrant(c.id(), caller.username(), caller.role().name(), caller.orgCode(),
                reason, clock.instant());
        em.persist(g);
        em.flush();
        audit.record(caller, GRANTED, c.id(), g.reason());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.fullAccessGranted", null,
                    c.caseNumber());
        }
        notifications.notifyOrg(c.center().code(), c.id(), "notice.fullAccessGranted", null, c.caseNumber());
        return new GrantView(c.id(), c.caseNumber(), g.grantedAt(), g.expiresAt());
    }

    /** The caller's unexpired grant for the case, or null. */
    @RolesAllowed({Role.HQ, Role.SUPERVISOR})
    public GrantView active(Long caseId) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = access.open(caller, caseId).mediationCase();
        return access.activeGrant(caller.username(), c.id())
                .map(g -> new GrantView(c.id(), c.caseNumber(), g.grantedAt(), g.expiresAt())).orElse(null);
    }
}
