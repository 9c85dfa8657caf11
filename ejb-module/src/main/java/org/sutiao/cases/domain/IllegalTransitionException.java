package org.sutiao.cases.domain;

import org.sutiao.shared.domain.ConflictException;

/** A move the case life cycle does not allow from the current status (HTTP 409). */
public class IllegalTransitionException extends ConflictException {
    public IllegalTransitionException(String action, CaseStatus from) {
        super("case.illegalTransition", action, from.name());
    }
}
