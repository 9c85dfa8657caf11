package org.sutiao.evaluation.application;

import org.sutiao.identity.application.Caller;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.ForbiddenException;

/**
 * Whose figures a caller may read, decided here once for the API and the pages (DESIGN.md §4; issue 11 §2): HQ
 * every center and mediator; a center admin its own center and that center's mediators; every other role no center
 * or mediator list (403, {@code evaluation.forbidden}). Courts' figures ({@link #court}): HQ and court supervisors
 * every court (CaseScope's national scope), a court clerk (or the court's system account) its own court. A
 * mediator's own figures ({@link #mediator}): the mediator alone.
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

    /**
     * The court whose figures the caller may read: the one requested (HQ, court supervisors; null for every court), or
     * the caller's own court (court clerk, court system account), as CaseScope decides which cases a court reads.
     *
     * @throws ForbiddenException for other roles, or a court asking for another court
     */
    public static String court(Caller caller, String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (caller.role() == Role.HQ_ADMIN || caller.role() == Role.COURT_SUPERVISOR) {
            return asked;
        }
        if ((caller.role() == Role.COURT_CLERK || caller.role() == Role.COURT_SYSTEM) && caller.orgCode() != null) {
            if (asked != null && !asked.equals(caller.orgCode())) {
                throw new ForbiddenException("evaluation.forbidden");
            }
            return caller.orgCode();
        }
        throw new ForbiddenException("evaluation.forbidden");
    }

    /**
     * The mediator code of a mediator reading its own figures.
     *
     * @throws ForbiddenException for every other role (or a mediator account without a roster entry)
     */
    public static String mediator(Caller caller) {
        if (caller.role() == Role.MEDIATOR && caller.refId() != null && !caller.refId().isBlank()) {
            return caller.refId();
        }
        throw new ForbiddenException("evaluation.forbidden");
    }
}
