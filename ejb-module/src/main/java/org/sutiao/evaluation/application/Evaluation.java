package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.Scorecard;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation of centers or mediators over a range of days (issue 11 §2).
 *
 * @param indicatorSetVersion the version of the indicator set in effect on {@code to}, by which every item is scored
 */
public record Evaluation(LocalDate from, LocalDate to, int indicatorSetVersion, List<Item> items) {

    /**
     * One center or mediator: its code and name, the counters summed over the period, and its scorecard.
     */
    public record Item(String code, String name, Counts counts, Scorecard scorecard) {

        /**
         * The subject's open cases past their due date now ({@link Indicator#OPEN_PAST_DUE}, 久调不决 risk), whatever
         * the period; 0 when not read.
         */
        public long openPastDue() {
            java.math.BigDecimal v = scorecard.values().get(Indicator.OPEN_PAST_DUE);
            return v == null ? 0 : v.longValue();
        }
    }
}
