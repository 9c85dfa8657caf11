package org.sutiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A subject's score against one version of the indicator set.
 *
 * @param values     each indicator's value (null without data)
 * @param score      0–100: the weights of the indicators within their range over the weights of those with a value,
 *                   rounded half up; null when no weighted indicator has a value
 * @param grade      by the set's thresholds; null with the score
 * @param outOfRange the codes of the indicators with a value outside their range, in the set's order
 */
public record Scorecard(Map<Indicator, BigDecimal> values, Integer score, Grade grade, List<String> outOfRange) {
}
