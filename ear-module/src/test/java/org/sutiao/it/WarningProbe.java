package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;

/** Moves deadlines and acceptances for {@link WarningIT} (in the server, one transaction per call). */
@Stateless
public class WarningProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /**
     * Sets the business due date of the case's open deadline of {@code kind}. A date already passed keeps the firing
     * instant a year ahead, so that the timer leaves the deadline open (an overdue deadline not yet handled).
     */
    public int setDue(Long caseId, String kind, LocalDate dueDate) {
        Instant fires = dueDate.isBefore(BusinessTime.today()) ? Instant.now().plusSeconds(365L * 86_400)
                : BusinessTime.endOf(dueDate);
        return em.createQuery("update Deadline d set d.dueDate = :date, d.dueAt = :at where d.mediationCase.id = :c"
                        + " and d.kind = :k and d.state = :open")
                .setParameter("date", dueDate).setParameter("at", fires).setParameter("c", caseId)
                .setParameter("k", DeadlineKind.valueOf(kind)).setParameter("open", DeadlineState.OPEN)
                .executeUpdate();
    }

    /** Cancels the open deadlines due before {@code before} (left open by an earlier run's {@link #setDue}). */
    public int cancelOpenBefore(LocalDate before) {
        return em.createQuery("update Deadline d set d.state = :cancelled where d.state = :open and d.dueDate < :b")
                .setParameter("cancelled", DeadlineState.CANCELLED).setParameter("open", DeadlineState.OPEN)
                .setParameter("b", before).executeUpdate();
    }

    /** Open deadlines whose firing instant has passed (the timer has not handled them yet). */
    public long openAndDue() {
        return em.createQuery("select count(d) from Deadline d where d.state = :open and d.dueAt <= :now", Long.class)
                .setParameter("open", DeadlineState.OPEN).setParameter("now", Instant.now()).getSingleResult();
    }

    /** Moves the case's acceptance {@code days} back. */
    public void acceptedDaysAgo(Long caseId, int days) {
        em.createQuery("update MediationCase c set c.acceptedAt = :at where c.id = :c")
                .setParameter("at", Instant.now().minusSeconds(days * 86_400L)).setParameter("c", caseId)
                .executeUpdate();
    }

    /**
     * Open deadlines whose copies of the scope keys (V28) differ from their case's: center, mediator, or court (the
     * referring court, else the confirmation's).
     */
    public long scopeKeyMismatches() {
        return em.createQuery("select count(d) from Deadline d join d.mediationCase c where d.state = :open and ("
                        + "coalesce(d.centerId, 0) <> coalesce(c.centerId, 0)"
                        + " or coalesce(d.mediatorId, 0) <> coalesce(c.mediatorId, 0)"
                        + " or coalesce(d.courtId, 0) <> coalesce(c.referringCourtId, c.confirmationCourtId, 0))",
                        Long.class)
                .setParameter("open", DeadlineState.OPEN).getSingleResult();
    }

    /** Audit entries of {@code action} by {@code username}. */
    public long auditEntries(String username, String action) {
        return em.createQuery("select count(a) from AuditEntry a where a.username = :u and a.action = :a", Long.class)
                .setParameter("u", username).setParameter("a", action).getSingleResult();
    }
}
