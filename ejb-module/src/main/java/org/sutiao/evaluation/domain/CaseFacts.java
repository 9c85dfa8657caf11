package org.sutiao.evaluation.domain;

import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one case contributes to the indicators, by center, mediator and month (issue 11 §1–§2; docs/EVALUATION.md).
 * The counting rules:
 * <ul>
 *   <li>Each offer counts as received by the center offered, in the month of the offer (a re-referred case counts
 *       once for each center); a declined offer as declined (and by reason) for that center in the month of the
 *       decision; a re-referral as re-referred for the center of the previous offer in the month of the new one.</li>
 *   <li>Everything from acceptance on counts for the final center and the case's current mediator: accepted (and on
 *       time when decided on or before the offer's acceptance due date) in the month of acceptance; concluded and its
 *       outcome in the month of the outcome ({@link CaseOutcome#concludes()}); the duration with it.</li>
 *   <li>Duration: calendar days from the day of acceptance to the day of the outcome, minus the days suspended for
 *       appraisal (from the first day of a suspension to the day mediation resumed, or to the outcome for a running
 *       one); only for cases that were accepted and ended settled, failed or withdrawn. Beyond 30 days: over 30.</li>
 *   <li>Confirmations applied in the month of the joint application, valid or rejected in the month of the ruling;
 *       mediation documents in the month issued; obligations due in the month of their due date, performed on time
 *       when performed on or before it; satisfaction in the month rated.</li>
 * </ul>
 * Pure: the same snapshot gives the same facts, so the incremental fold and a recompute agree.
 */
public final class CaseFacts {
    /** A case concluded after more than this many days (net of suspensions) counts as beyond 30 days. */
    public static final int NORMAL_PERIOD_DAYS = 30;

    private CaseFacts() {
    }

    /** The facts of one case, keyed by subject and month. */
    public static Map<FactKey, Counts> of(CaseSnapshot c) {
        Map<FactKey, Counts> facts = new LinkedHashMap<>();
        CaseSnapshot.Offer previous = null;
        for (CaseSnapshot.Offer o : c.offers()) {
            at(facts, FactKey.of(FactKey.CENTER, o.centerId(), o.offeredOn())).add(received(c), 1);
            if (o.outcome() == OfferOutcome.DECLINED && o.decidedOn() != null) {
                Counts d = at(facts, FactKey.of(FactKey.CENTER, o.centerId(), o.decidedOn())).add(Counter.DECLINED, 1);
                if (o.declineCode() != null) {
                    d.add(Counter.valueOf("DECLINED_" + o.declineCode().name()), 1);
                }
            }
            if (previous != null) {
                at(facts, FactKey.of(FactKey.CENTER, previous.centerId(), o.offeredOn())).add(Counter.RE_REFERRED, 1);
            }
            if (o.outcome() == OfferOutcome.ACCEPTED && o.decidedOn() != null) {
                boolean onTime = !o.decidedOn().isAfter(o.acceptanceDueDate());
                after(facts, c, o.decidedOn(), Counter.ACCEPTED, 1);
                after(facts, c, o.decidedOn(), Counter.ACCEPTED_ON_TIME, onTime ? 1 : 0);
            }
            previous = o;
        }
        CaseOutcome outcome = c.outcome();
        if (outcome != null && outcome.concludes() && c.endedOn() != null) {
            after(facts, c, c.endedOn(), Counter.CONCLUDED, 1);
            after(facts, c, c.endedOn(), Counter.valueOf(outcome.name()), 1);
            Integer days = durationDays(c);
            if (days != null) {
                after(facts, c, c.endedOn(), Counter.DURATION_SUM, days);
                after(facts, c, c.endedOn(), Counter.DURATION_COUNT, 1);
                after(facts, c, c.endedOn(), Counter.BEYOND_30_DAYS, days > NORMAL_PERIOD_DAYS ? 1 : 0);
                for (FactKey k : subjects(c, c.endedOn())) {
                    facts.get(k).addDuration(days, 1);
                }
            }
        }
        if (c.confirmationRequestedOn() != null) {
            after(facts, c, c.confirmationRequestedOn(), Counter.CONFIRMATIONS_APPLIED, 1);
        }
        if (c.confirmationRuledOn() != null && c.confirmationRuling() != null) {
            after(facts, c, c.confirmationRuledOn(), "VALID".equals(c.confirmationRuling())
                    ? Counter.CONFIRMATIONS_VALID : Counter.CONFIRMATIONS_REJECTED, 1);
        }
        if (c.mediationDocumentIssuedOn() != null) {
            after(facts, c, c.mediationDocumentIssuedOn(), Counter.MEDIATION_DOCUMENTS, 1);
        }
        for (CaseSnapshot.ObligationDates o : c.obligations()) {
            after(facts, c, o.due(), Counter.OBLIGATIONS_DUE, 1);
            boolean onTime = o.performedOn() != null && !o.performedOn().isAfter(o.due());
            after(facts, c, o.due(), Counter.OBLIGATIONS_PERFORMED_ON_TIME, onTime ? 1 : 0);
        }
        for (CaseSnapshot.Rating r : c.ratings()) {
            after(facts, c, r.on(), Counter.SATISFACTION_SUM, r.score());
            after(facts, c, r.on(), Counter.SATISFACTION_COUNT, 1);
        }
        facts.values().removeIf(Counts::isEmpty);
        return facts;
    }

    /**
     * The mediation duration in calendar days, suspended days excluded; null unless the case was accepted and ended
     * settled, failed or withdrawn.
     */
    public static Integer durationDays(CaseSnapshot c) {
        CaseOutcome o = c.outcome();
        if (c.acceptedOn() == null || c.endedOn() == null || o == null
                || !(o.settled() || o == CaseOutcome.FAILED || o == CaseOutcome.WITHDRAWN)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(c.acceptedOn(), c.endedOn());
        for (CaseSnapshot.Span s : c.suspensions()) {
            LocalDate from = s.start().isBefore(c.acceptedOn()) ? c.acceptedOn() : s.start();
            LocalDate to = s.end() == null || s.end().isAfter(c.endedOn()) ? c.endedOn() : s.end();
            if (to.isAfter(from)) {
                days -= ChronoUnit.DAYS.between(from, to);
            }
        }
        return (int) Math.max(0, days);
    }

    private static Counter received(CaseSnapshot c) {
        if (c.source() == CaseSource.DIRECT_APPLICATION) {
            return Counter.RECEIVED_DIRECT;
        }
        return c.kind() == ReferralKind.ENTRUSTED ? Counter.RECEIVED_ENTRUSTED : Counter.RECEIVED_DELEGATED;
    }

    private static void after(Map<FactKey, Counts> facts, CaseSnapshot c, LocalDate day, Counter counter, long n) {
        for (FactKey k : subjects(c, day)) {
            at(facts, k).add(counter, n);
        }
    }

    private static java.util.List<FactKey> subjects(CaseSnapshot c, LocalDate day) {
        if (c.centerId() == null) {
            return java.util.List.of();
        }
        FactKey center = FactKey.of(FactKey.CENTER, c.centerId(), day);
        return c.mediatorId() == null ? java.util.List.of(center)
                : java.util.List.of(center, FactKey.of(FactKey.MEDIATOR, c.mediatorId(), day));
    }

    private static Counts at(Map<FactKey, Counts> facts, FactKey k) {
        return facts.computeIfAbsent(k, x -> new Counts());
    }
}
