package org.sutiao.cases.application;

import org.sutiao.identity.domain.Role;

/**
 * What each role may read of a case within its scope, decided here once for the API and the pages (DESIGN.md §4;
 * notice 法办〔2024〕623号 §2(1): case information reaches no one without a role in the case; 在线调解规则 Art. 29).
 * <ul>
 *   <li>The case's own participants (its court, center, mediator and parties; the court's system) read it in full.</li>
 *   <li>HQ and court supervisors read metadata only — statuses, dates, counts, organisations, amounts — never text
 *       written about the dispute (facts, claims, names, minutes, reasons, reports, documents), unless they opened
 *       the case's full detail with a recorded reason ({@code FullAccessGrant}, 24 hours).</li>
 *   <li>Operators read no case at all (their scope is empty).</li>
 * </ul>
 * Which cases are in scope at all is {@link CaseScope}; this class decides how much of one.
 */
public final class CaseReadPolicy {
    private CaseReadPolicy() {
    }

    /** How much of a case a caller reads. */
    public enum Visibility {
        /** Everything, including text written about the dispute and its documents. */
        FULL,
        /** Statuses, dates, counts, organisations and amounts only. */
        METADATA
    }

    /**
     * The visibility of a case in the caller's scope.
     *
     * @param fullAccessGranted whether the caller holds an unexpired break-glass grant for this case (only counts for
     *                          the roles that may request one)
     */
    public static Visibility visibility(Role role, boolean fullAccessGranted) {
        if (mayRequestFullAccess(role)) {
            return fullAccessGranted ? Visibility.FULL : Visibility.METADATA;
        }
        return role == Role.OPERATOR ? Visibility.METADATA : Visibility.FULL;
    }

    /** True for the metadata-only roles that may open a case's full detail with a recorded reason: HQ, supervisors. */
    public static boolean mayRequestFullAccess(Role role) {
        return role == Role.HQ_ADMIN || role == Role.COURT_SUPERVISOR;
    }
}
