package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.Counts;

import java.time.LocalDate;
import java.util.List;

/**
 * Courts' figures of their referrals over a range of days (issue 11 §2: court clerks and supervisors see "their
 * courts' referrals — volume, outcomes, acceptance time, pending confirmations"). Courts are not scored: they see
 * their figures and the reference ranges, never a league table.
 */
public record CourtFigures(LocalDate from, LocalDate to, List<Item> items) {

    /**
     * One court.
     *
     * @param counts               the counters of the court's cases summed over the period (docs/EVALUATION.md)
     * @param pendingConfirmations judicial confirmations applied for and not ruled on by the end of {@code to}
     *                             (applied − ruled valid − rejected, over every day up to {@code to})
     * @param openPastDue          the court's open cases past their due date now (in mediation or suspended with the
     *                             mediation due date before today; 久调不决 risk), whatever the period
     */
    public record Item(String code, String name, Counts counts, long pendingConfirmations, long openPastDue) {
    }
}
