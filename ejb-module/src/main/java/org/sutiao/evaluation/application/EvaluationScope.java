package org.sutiao.evaluation.application;

import org.sutiao.identity.application.Caller;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.ForbiddenException;

/**
 * Whose figures a caller may read, decided here once for the API and later pages (DESIGN.md §4; issue 11 §2): HQ
 * every center and mediator; a center admin its own center and that center's mediators; every other role nothing
 * (403, {@code evaluation.forbidden}).
 *
 * @param centerCode the only center the caller may read, or null for all
 */
public record EvaluationScope(String centerCode) {

    /**
     * The caller's scope.
     *
     * @throws ForbiddenException for roles other than HQ and center admin
     */
    public static EvaluationScope of(Caller caller) {
        if (caller.role() == Role.HQ_ADMIN) {
            return new EvaluationScope(null);
        }
        if (caller.role() == Role.CENTER_ADMIN && caller.orgCode() != null) {
            return new EvaluationScope(caller.orgCode());
        }
        throw new ForbiddenException("evaluation.forbidden");
    }

    /**
     * The center to filter by: the one requested (HQ; null for all), or the caller's own.
     *
     * @throws ForbiddenException when a center admin asks for another center
     */
    public String center(String requested) {
        if (centerCode == null) {
            return requested == null || requested.isBlank() ? null : requested.strip();
        }
        if (requested != null && !requested.isBlank() && !requested.strip().equals(centerCode)) {
            throw new ForbiddenException("evaluation.forbidden");
        }
        return centerCode;
    }
}
