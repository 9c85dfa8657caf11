package org.sutiao.cases.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashSet;
import java.util.Set;

/**
 * The cases the current request created, with the username that created them: a referral's 201 answer shows the
 * case it has just stored, and that read is covered by the creating act's own audit entry (action {@code refer},
 * the same caller, the case's id), so {@link CaseAccess} adds no {@code READ_CASE} entry for it (issue 10 §2
 * intake: one append to the audit chain per referral instead of two). Only the creating caller's read of the full
 * detail in the same request is covered; any other read, and every read outside a request, is audited.
 */
@RequestScoped
public class CreatedInRequest {
    private final Set<String> created = new HashSet<>();

    /** Notes that {@code username} created case {@code caseId} in this request. */
    void add(String username, Long caseId) {
        created.add(username + "\n" + caseId);
    }

    /** True when {@code username} created case {@code caseId} in this request. */
    boolean contains(String username, Long caseId) {
        return created.contains(username + "\n" + caseId);
    }
}
