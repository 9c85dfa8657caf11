package org.sutiao.cases.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life cycle of DESIGN.md §1. A direct application, once the center accepts it, waits in
 * {@link #PENDING_CONSENT} for the respondents' consent (3 working days, 在线调解规则 Art. 15); a refusal or no answer
 * ends it as {@link #CONSENT_REFUSED}. {@link #canMoveTo(CaseStatus)} is the single table of legal moves; the
 * aggregate refuses every other move with {@link IllegalTransitionException}.
 */
public enum CaseStatus {
    PENDING_ACCEPTANCE, PENDING_CONSENT, CONSENT_REFUSED, DECLINED, IN_MEDIATION, SUSPENDED, SETTLED, FAILED, WITHDRAWN,
    CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> MOVES = Map.of(
            PENDING_ACCEPTANCE, EnumSet.of(IN_MEDIATION, PENDING_CONSENT, DECLINED, PENDING_ACCEPTANCE, WITHDRAWN),
            PENDING_CONSENT, EnumSet.of(IN_MEDIATION, CONSENT_REFUSED, WITHDRAWN),
            CONSENT_REFUSED, EnumSet.of(CLOSED),
            DECLINED, EnumSet.of(PENDING_ACCEPTANCE),
            IN_MEDIATION, EnumSet.of(SUSPENDED, SETTLED, FAILED, WITHDRAWN),
            SUSPENDED, EnumSet.of(IN_MEDIATION, FAILED, WITHDRAWN),
            SETTLED, EnumSet.of(CLOSED, FAILED),
            FAILED, EnumSet.of(CLOSED),
            WITHDRAWN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    /** True when the life cycle allows going from this status to {@code next}. */
    public boolean canMoveTo(CaseStatus next) {
        return MOVES.get(this).contains(next);
    }
}
