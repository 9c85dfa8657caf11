package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.CaseEvent;
import org.sutiao.cases.domain.MediationCase;

import java.time.LocalDate;
import java.util.List;

/** Reads the database inside the server for in-container tests (deployed in test.war only). */
@Stateless
public class TestProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** What the container's entity manager really is. */
    public String entityManagerDelegate() {
        return em.getDelegate().getClass().getName();
    }

    public boolean overdue(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceOverdue();
    }

    public LocalDate acceptanceDueDate(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceDueDate();
    }

    public boolean acceptanceDueProvisional(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceDueProvisional();
    }

    public List<String> eventTypes(Long caseId) {
        return em.find(MediationCase.class, caseId).events().stream().map(CaseEvent::type).map(Enum::name).toList();
    }

    public String status(Long caseId) {
        return em.find(MediationCase.class, caseId).status().name();
    }

    public LocalDate mediationDueDate(Long caseId) {
        return em.find(MediationCase.class, caseId).mediationDueDate();
    }

    public String failureReasonCode(Long caseId) {
        var r = em.find(MediationCase.class, caseId).failureReasonCode();
        return r == null ? null : r.name();
    }

    /** Open deadline rows of a kind for a case. */
    public long openDeadlines(Long caseId, String kind) {
        return em.createQuery("select count(d) from Deadline d where d.mediationCase.id = :c and d.kind = :k"
                        + " and d.state = org.sutiao.cases.domain.DeadlineState.OPEN", Long.class)
                .setParameter("c", caseId).setParameter("k", org.sutiao.cases.domain.DeadlineKind.valueOf(kind))
                .getSingleResult();
    }

    /** Moves the case's open mediation deadline one second into the past, so the timer finds it due. */
    public void makeMediationDueNow(Long caseId) {
        for (var d : em.createNamedQuery("Deadline.openByCase", org.sutiao.cases.domain.Deadline.class)
                .setParameter("caseId", caseId).getResultList()) {
            if (d.kind() == org.sutiao.cases.domain.DeadlineKind.MEDIATION) {
                d.reschedule(java.time.Instant.now().minusSeconds(1),
                        new org.sutiao.calendar.domain.DueDate(d.dueDate(), false));
            }
        }
    }

    /** Moves the case's open deadlines of {@code kind} one second into the past, so a scan finds them due. */
    public void makeDueNow(Long caseId, String kind) {
        for (var d : em.createNamedQuery("Deadline.openByCase", org.sutiao.cases.domain.Deadline.class)
                .setParameter("caseId", caseId).getResultList()) {
            if (d.kind() == org.sutiao.cases.domain.DeadlineKind.valueOf(kind)) {
                d.reschedule(java.time.Instant.now().minusSeconds(1),
                        new org.sutiao.calendar.domain.DueDate(d.dueDate(), false));
            }
        }
    }

    /** Moves the day the case's agreement took effect {@code days} back (to test the 30-day window). */
    public void backdateAgreement(Long caseId, int days) {
        em.createQuery("update Agreement a set a.effectiveOn = :d where a.mediationCase.id = :c")
                .setParameter("d", java.time.LocalDate.now(org.sutiao.shared.domain.BusinessTime.ZONE).minusDays(days))
                .setParameter("c", caseId).executeUpdate();
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Audit entries of one case with the given action. */
    public long auditEntries(Long caseId, String action) {
        return em.createQuery("select count(a) from AuditEntry a where a.caseId = :c and a.action = :a", Long.class)
                .setParameter("c", caseId).setParameter("a", action).getSingleResult();
    }

    public long openNotices(String messageKey, String dedupKey) {
        return em.createQuery("select count(n) from Notification n where n.messageKey = :k and n.resolved = :resolved"
                        + " and n.dedupKey = :d", Long.class)
                .setParameter("k", messageKey).setParameter("d", dedupKey).setParameter("resolved", Boolean.FALSE)
                .getSingleResult();
    }

    /** Lets every break-glass grant of the case expire one second ago (as if 24 hours had passed). */
    public int expireFullAccessGrants(Long caseId) {
        return em.createQuery("update FullAccessGrant g set g.expiresAt = :past where g.caseId = :c")
                .setParameter("past", java.time.Instant.now().minusSeconds(1)).setParameter("c", caseId)
                .executeUpdate();
    }

    /** What the database recorded at its creation about demo data ({@code platform_setting}). */
    public String recordedDemoData() {
        return (String) em.createNativeQuery("select setting_value from platform_setting where name = 'demo-data'")
                .getSingleResult();
    }

    /** Rewrites that record (to test a database created without demo data). */
    public void recordDemoData(String value) {
        em.createNativeQuery("update platform_setting set setting_value = ? where name = 'demo-data'")
                .setParameter(1, value).executeUpdate();
    }

    /** The external reference of a demo party whose identity no account holds yet (first by id), or null. */
    public String unclaimedDemoPartyRef() {
        return em.createQuery("select p.externalRef from Party p where p.externalRef is not null and p.identityKey"
                        + " is not null and not exists (select u from UserAccount u where u.identityKey = p.identityKey)"
                        + " order by p.id", String.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** A PARTY account like a demo one (its {@code ref_id} names a demo party), not yet confirmed; cannot log in. */
    public void createDemoLikePartyAccount(String username, String partyRef) {
        em.persist(new org.sutiao.identity.domain.UserAccount(username, "PBKDF2WithHmacSHA256:1:AAAA:AAAA", username,
                org.sutiao.identity.domain.Role.PARTY, null, partyRef));
    }

    public boolean identityConfirmed(String username) {
        return em.createNamedQuery("UserAccount.byUsername", org.sutiao.identity.domain.UserAccount.class)
                .setParameter("username", username).getSingleResult().identityConfirmed();
    }

    /** Frees the identity a test account took and unties it from the demo party (so later runs find one free). */
    public void release(String username) {
        em.createNativeQuery("update user_account set identity_key = null, identity_name = null, identity_type = null,"
                + " service_address = null, identity_confirmed_at = null, sham_warning_ack_at = null, ref_id = null,"
                + " active = false where username = ?").setParameter(1, username).executeUpdate();
    }

    /** Inserts a claim of {@code key} by {@code caller} left in progress {@code seconds} ago (its request died). */
    public void abandonedClaim(String caller, String key, long seconds) {
        em.createNativeQuery("INSERT INTO idempotency_record (caller, idem_key, request_hash, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, caller).setParameter(2, key)
                .setParameter(3, "0".repeat(64))
                .setParameter(4, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(seconds)))
                .executeUpdate();
    }

    /** Moves every kept answer of {@code caller} {@code seconds} into the past. */
    public int ageAnswers(String caller, long seconds) {
        return em.createNativeQuery("UPDATE idempotency_record SET answered_at = ?1 WHERE caller = ?2"
                        + " AND answered_at IS NOT NULL")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(seconds)))
                .setParameter(2, caller).executeUpdate();
    }

    /** Sets the deadline timer's last successful scan ({@code deadline_scan_status}) to {@code at}. */
    public void lastDeadlineScanAt(java.time.Instant at) {
        em.createNativeQuery("UPDATE deadline_scan_status SET last_success_at = ?1 WHERE id = 1")
                .setParameter(1, java.sql.Timestamp.from(at)).executeUpdate();
    }

    /** Moves the open deadlines of {@code kind} of these cases to {@code at} (one transaction). */
    public int makeDue(List<Long> caseIds, String kind, java.time.Instant at) {
        return em.createQuery("update Deadline d set d.dueAt = :at where d.mediationCase.id in :ids and d.kind = :k"
                        + " and d.state = org.sutiao.cases.domain.DeadlineState.OPEN")
                .setParameter("at", at).setParameter("ids", caseIds)
                .setParameter("k", org.sutiao.cases.domain.DeadlineKind.valueOf(kind)).executeUpdate();
    }

    /** The deadlines of {@code kind} of these cases per state, and how many have a handling time. */
    public java.util.Map<String, Long> deadlineStates(List<Long> caseIds, String kind) {
        java.util.Map<String, Long> states = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select d.state, count(d) from Deadline d where d.mediationCase.id in :ids"
                        + " and d.kind = :k group by d.state", Object[].class).setParameter("ids", caseIds)
                .setParameter("k", org.sutiao.cases.domain.DeadlineKind.valueOf(kind)).getResultList()) {
            states.put(row[0].toString(), (Long) row[1]);
        }
        return states;
    }

    /** Per case of {@code caseIds}: its timeline events of {@code type} (cases without any are left out). */
    public java.util.Map<Long, Long> eventsPerCase(List<Long> caseIds, String type) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select e.mediationCase.id, count(e) from CaseEvent e"
                        + " where e.mediationCase.id in :ids and e.type = :t group by e.mediationCase.id", Object[].class)
                .setParameter("ids", caseIds).setParameter("t", org.sutiao.cases.domain.EventType.valueOf(type))
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Per case of {@code caseIds}: its notices with {@code messageKey} (cases without any are left out). */
    public java.util.Map<Long, Long> noticesPerCase(List<Long> caseIds, String messageKey) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select n.caseId, count(n) from Notification n where n.caseId in :ids"
                        + " and n.messageKey = :k group by n.caseId", Object[].class)
                .setParameter("ids", caseIds).setParameter("k", messageKey).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Makes the database refuse a timeline event of {@code type} for one case (a CHECK constraint named
     * {@code it_refuse_event}), so that handling that case's deadline fails at its commit; null lifts it.
     */
    public void refuseEvent(Long caseId, String type) {
        em.createNativeQuery("ALTER TABLE case_event DROP CONSTRAINT IF EXISTS it_refuse_event").executeUpdate();
        if (caseId != null) {
            em.createNativeQuery("ALTER TABLE case_event ADD CONSTRAINT it_refuse_event CHECK (case_id <> "
                    + caseId.longValue() + " OR type <> '" + org.sutiao.cases.domain.EventType.valueOf(type).name()
                    + "')").executeUpdate();
        }
    }
}
