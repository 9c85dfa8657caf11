package org.sutiao.agreements.domain;

import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.MoneyPolicy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the mediator drafts (在线调解规则 Art. 19; 特邀调解规定 Art. 22–24): the scope, for each claim whether it is
 * settled, the facts and the disputed points, the terms, and the obligations.
 *
 * @param facts the facts and disputed points, as the parties agree to state them
 * @param terms the agreed terms in words (besides the structured obligations)
 */
public record AgreementContent(AgreementScope scope, List<ClaimOutcome> claimOutcomes, String facts, String terms,
                               List<Obligation> obligations) {

    /**
     * Checks the content against the case.
     *
     * @param claimSeqs the numbers of the case's claims
     * @param partyIds  the ids of the case's parties
     * @throws InvalidInputException listing every problem: scope and outcomes disagree, a claim missing or twice, a
     *                               text missing or too long, an obligation naming a stranger or itself, no due date
     */
    public void validate(Set<Integer> claimSeqs, Set<Long> partyIds) {
        List<FieldError> errors = new ArrayList<>();
        if (scope == null) {
            errors.add(new FieldError("scope", "validation.required"));
        }
        text(errors, "facts", facts, 4000);
        text(errors, "terms", terms, 4000);
        Set<Integer> seen = new HashSet<>();
        List<ClaimOutcome> outcomes = claimOutcomes == null ? List.of() : claimOutcomes;
        for (int i = 0; i < outcomes.size(); i++) {
            ClaimOutcome o = outcomes.get(i);
            if (o == null || !claimSeqs.contains(o.claimSeq()) || !seen.add(o.claimSeq())) {
                errors.add(new FieldError("claimOutcomes[" + i + "]", "agreement.claimOutcome"));
            }
        }
        if (!seen.equals(claimSeqs)) {
            errors.add(new FieldError("claimOutcomes", "agreement.everyClaim"));
        } else if (outcomes.stream().noneMatch(ClaimOutcome::settled)) {
            errors.add(new FieldError("claimOutcomes", "agreement.noneSettled"));
        } else if (scope != null) {
            long settled = outcomes.stream().filter(ClaimOutcome::settled).count();
            boolean consistent = scope == AgreementScope.FULL ? settled == outcomes.size()
                    : settled > 0 && settled < outcomes.size();
            if (!consistent) {
                errors.add(new FieldError("scope", "agreement.scopeMismatch"));
            }
        }
        List<Obligation> obs = obligations == null ? List.of() : obligations;
        if (obs.isEmpty()) {
            errors.add(new FieldError("obligations", "agreement.noObligation"));
        }
        for (int i = 0; i < obs.size(); i++) {
            Obligation o = obs.get(i);
            String f = "obligations[" + i + "]";
            if (o == null) {
                errors.add(new FieldError(f, "validation.required"));
                continue;
            }
            if (!partyIds.contains(o.obligorPartyId())) {
                errors.add(new FieldError(f + ".obligorPartyId", "failureReport.unknownParty"));
            }
            if (!partyIds.contains(o.obligeePartyId()) || o.obligeePartyId().equals(o.obligorPartyId())) {
                errors.add(new FieldError(f + ".obligeePartyId", "agreement.obligee"));
            }
            text(errors, f + ".description", o.description(), 1000);
            if (o.dueDate() == null) {
                errors.add(new FieldError(f + ".dueDate", "validation.required"));
            }
            if (o.amount() != null && (o.amount().signum() <= 0 || o.currency() == null)) {
                errors.add(new FieldError(f + ".amount", "agreement.amount"));
            } else if (o.amount() != null) {
                FieldError implausible = MoneyPolicy.check(f + ".amount", o.amount(),
                        Money.inUse(o.currency()) ? o.currency() : null, MoneyPolicy.Sign.POSITIVE);
                if (implausible != null) {
                    errors.add(implausible);
                } else if (!Money.inUse(o.currency())) {
                    errors.add(new FieldError(f + ".amount", "validation.money.currency", o.currency()));
                }
            }
            if (o.method() != null && o.method().length() > 200) {
                errors.add(new FieldError(f + ".method", "validation.size", 0, 200));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.size", 1, max));
        }
    }
}
