package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.MediationCase;

import java.time.Instant;

/** Reads a case's deadlines inside the server for {@link LegalReadingsIT} (deployed in test.war only). */
@Stateless
public class LegalProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    public Instant acceptedAt(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptedAt();
    }

    public Instant endedAt(Long caseId) {
        return em.find(MediationCase.class, caseId).endedAt();
    }

    /** The open deadline row of {@code kind} of the case: its business date and provisional flag. */
    public DueDate openDeadline(Long caseId, DeadlineKind kind) {
        return em.createNamedQuery("Deadline.openByCase", Deadline.class).setParameter("caseId", caseId)
                .getResultStream().filter(d -> d.kind() == kind).findFirst()
                .map(d -> new DueDate(d.dueDate(), d.provisional())).orElse(null);
    }
}
