package org.sutiao.evaluation.application;

import org.sutiao.cases.domain.CaseStatus;

import java.util.Map;

/**
 * A mediator's own figures (issue 11 §2 "Mediator: own load and figures"): the evaluation of the period (one item,
 * scored against the set in effect, as the center sees it) and the load today.
 *
 * @param load    the mediator's open cases by status (pending acceptance or consent, in mediation, suspended), now
 * @param pastDue of those in mediation or suspended, the ones past their mediation due date (久调不决 risk), now
 */
public record MediatorFigures(Evaluation evaluation, Map<CaseStatus, Long> load, long pastDue) {
}
