package org.sutiao.cases.application;

import org.sutiao.shared.domain.MessageRef;

/**
 * One conflict-check hit as the accepting center may see it (在线调解规则 Art. 13 and 29: case information reaches
 * nobody without a role in the case). It names the party of the case being accepted and only what that center
 * knows already: its own declared relationship of the mediator, the mediator themself, or a prior case — with
 * that case's number and the other side's name only when the prior case is the same center's. A prior case of
 * another center is reported as "a prior relation in another case", without number, names or court.
 *
 * @param party       the party (or agent) of this case concerned, as written in this case
 * @param kind        what matched
 * @param counterpart the declared counterpart, or the other side in a prior case of the same center; else null
 * @param relation    the declared relation (DECLARED only), else null
 * @param caseNumber  the prior case's number when it is the same center's (PRIOR_CASE only), else null
 */
public record ConflictFinding(String party, Kind kind, String counterpart, String relation, String caseNumber) {
    /** What matched the party. */
    public enum Kind {
        /** a relationship the center declared for its mediator */
        DECLARED,
        /** the party is the mediator */
        SELF,
        /** the mediator was party or agent opposite this party in a case of the same center */
        PRIOR_CASE,
        /** the same, in a case of another center: nothing of that case is named */
        PRIOR_CASE_ELSEWHERE
    }

    /** This finding as a message for the center, in the reader's language ({@code conflict.*} keys). */
    public MessageRef message() {
        return switch (kind) {
            case DECLARED -> MessageRef.of("conflict.declared", party, counterpart, relation);
            case SELF -> MessageRef.of("conflict.self", party);
            case PRIOR_CASE -> MessageRef.of("conflict.priorCase", party, caseNumber);
            case PRIOR_CASE_ELSEWHERE -> MessageRef.of("conflict.priorCaseElsewhere", party);
        };
    }
}
