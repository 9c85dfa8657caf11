package org.sutiao.notification.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.notification.domain.Notification;
import org.sutiao.notification.domain.NoticeKind;
import org.sutiao.notification.domain.NoticeMove;

import java.time.Clock;
import java.util.List;

/**
 * Raises notices (deduplicated by key while unresolved) and lists the open ones of an organisation or role. Runs
 * in the caller's transaction, so a notice exists exactly when the change that raised it was committed.
 */
@Stateless
@Audited
@PermitAll
public class NotificationService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** A notice to a court or center (by code) about a case; none if an open one with {@code dedupKey} exists. */
    public void notifyOrg(String orgCode, Long caseId, String messageKey, String dedupKey, Object... args) {
        raise(orgCode, null, caseId, messageKey, dedupKey, args);
    }

    /** A notice to every user of a role (e.g. OPERATOR); none if an open one with {@code dedupKey} exists. */
    public void alertRole(String role, String messageKey, String dedupKey, Object... args) {
        raise(null, role, null, messageKey, dedupKey, args);
    }

    /**
     * Resolves every open notice of the case that the move answers ({@link NoticeKind}), whoever received it: the
     * action it asked for is done, or moot (issue 12 "Flow").
     */
    public void answered(NoticeMove move, Long caseId) {
        if (caseId == null || move.answers().isEmpty()) {
            return;
        }
        em.createNamedQuery("Notification.openOfCaseByKinds", Notification.class).setParameter("caseId", caseId)
                .setParameter("keys", move.answers()).setParameter("resolved", Boolean.FALSE).getResultList()
                .forEach(Notification::resolve);
    }

    /** Resolves the open notices with this deduplication key that the move answers (e.g. one obligation date). */
    public void answeredByKey(NoticeMove move, String dedupKey) {
        List<String> keys = move.answers();
        em.createNamedQuery("Notification.openByKey", Notification.class).setParameter("key", dedupKey)
                .setParameter("resolved", Boolean.FALSE).getResultList().stream()
                .filter(n -> keys.contains(n.messageKey())).forEach(Notification::resolve);
    }

    /** Resolves an organisation's open notices about no case that the move answers (e.g. a returned roster report). */
    public void answeredForOrg(NoticeMove move, String orgCode) {
        if (orgCode == null || move.answers().isEmpty()) {
            return;
        }
        em.createNamedQuery("Notification.openOfOrgWithoutCase", Notification.class).setParameter("org", orgCode)
                .setParameter("keys", move.answers()).setParameter("resolved", Boolean.FALSE).getResultList()
                .forEach(Notification::resolve);
    }

    /** The newest {@code max} open notices of an organisation. */
    public List<Notification> openForOrg(String orgCode, int max) {
        return em.createNamedQuery("Notification.forOrg", Notification.class).setParameter("org", orgCode)
                .setParameter("resolved", Boolean.FALSE)
                .setMaxResults(max).getResultList();
    }

    /** The newest {@code max} open notices of a role. */
    public List<Notification> openForRole(String role, int max) {
        return em.createNamedQuery("Notification.forRole", Notification.class).setParameter("role", role)
                .setParameter("resolved", Boolean.FALSE)
                .setMaxResults(max).getResultList();
    }

    private void raise(String org, String role, Long caseId, String key, String dedupKey, Object... args) {
        if (dedupKey != null && !em.createNamedQuery("Notification.openByKey", Notification.class)
                .setParameter("key", dedupKey).setParameter("resolved", Boolean.FALSE).getResultList().isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (Object a : args) {
            joined.append(joined.isEmpty() ? "" : "|").append(a);
        }
        em.persist(new Notification(org, role, caseId, key, joined.toString(), dedupKey, clock.instant()));
    }
}
