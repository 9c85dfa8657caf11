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
 * What one case contributes to the indicators, by center, mediator, court and day (issue 11 §1–§2;
 * docs/EVALUATION.md). The counting rules:
 * <ul>
 *   <li>Each offer counts as received by the center offered, on the day of the offer (a re-referred case counts
 *       once for each center); a declined offer as declined (and by reason) for that center on the day of the
 *       decision; a re-referral as re-referred for the center of the previous offer on the day of the new one.</li>
 *   <li>Everything from acceptance on counts for the final center and the case's current mediator: accepted (and on
 *       time when decided on or before the offer's acceptance due date) on the day of acceptance; concluded and its
 *       outcome on the day of the outcome ({@link CaseOutcome#concludes()}); the duration with it.</li>
 *   <li>Duration: calendar days from the day of acceptance to the day of the outcome, minus the days suspended for
 *       appraisal (from the first day of a suspension to the day mediation resumed, or to the outcome for a running
 *       one); only for cases that were accepted and ended settled, failed or withdrawn. Beyond 30 days: over 30.</li>
 *   <li>Confirmations applied on the day of the joint application, valid or rejected on the day of the ruling;
 *       mediation documents on the day issued; obligations due on their due date, performed on time when performed
 *       on or before it; satisfaction on the day rated.</li>
 * </ul>
 * The case's court (referring, or a direct application's confirmation court) counts the case once as received (at
 * the first offer), each decline and re-referral, and from acceptance on everything the final center counts.
 * Acceptance time: calendar days from the accepted offer to its acceptance. Failed cases also count by failure
 * reason; a failure report counts as due on its due date, on time when submitted on or before it.
 * Pure: the same snapshot gives the same facts, so the incremental fold and a recompute agree.
 */
public final class CaseFacts {
    /** A case concluded after more than this many days (net of suspensions) counts as beyond 30 days. */
    public static final int NORMAL_PERIOD_DAYS = 30;

    private CaseFacts() {
    }

    /** The facts of one case, keyed by subject and day. */
    public static Map<FactKey, Counts> of(CaseSnapshot c) {
        Map<FactKey, Counts> facts = new LinkedHashMap<>();
        CaseSnapshot.Offer previous = null;
        for (CaseSnapshot.Offer o : c.offers()) {
            at(facts, FactKey.of(FactKey.CENTER, o.centerId(), o.offeredOn())).add(received(c), 1);
            if (previous == null && c.courtId() != null) {
                // a court refers a case once, however often it is re-referred
                at(facts, FactKey.of(FactKey.COURT, c.courtId(), o.offeredOn())).add(received(c), 1);
            }
            if (o.outcome() == OfferOutcome.DECLINED && o.decidedOn() != null) {
                declined(at(facts, FactKey.of(FactKey.CENTER, o.centerId(), o.decidedOn())), o);
                if (c.courtId() != null) {
                    declined(at(facts, FactKey.of(FactKey.COURT, c.courtId(), o.decidedOn())), o);
                }
            }
            if (previous != null) {
                at(facts, FactKey.of(FactKey.CENTER, previous.centerId(), o.offeredOn())).add(Counter.RE_REFERRED, 1);
                if (c.courtId() != null) {
                    at(facts, FactKey.of(FactKey.COURT, c.courtId(), o.offeredOn())).add(Counter.RE_REFERRED, 1);
                }
            }
            if (o.outcome() == OfferOutcome.ACCEPTED && o.decidedOn() != null) {
                boolean onTime = !o.decidedOn().isAfter(o.acceptanceDueDate());
                after(facts, c, o.decidedOn(), Counter.ACCEPTED, 1);
                after(facts, c, o.decidedOn(), Counter.ACCEPTED_ON_TIME, onTime ? 1 : 0);
                after(facts, c, o.decidedOn(), Counter.ACCEPTANCE_DAYS_SUM,
                        Math.max(0, ChronoUnit.DAYS.between(o.offeredOn(), o.decidedOn())));
            }
            previous = o;
        }
        CaseOutcome outcome = c.outcome();
        if (outcome != null && outcome.concludes() && c.endedOn() != null) {
            after(facts, c, c.endedOn(), Counter.CONCLUDED, 1);
            after(facts, c, c.endedOn(), Counter.valueOf(outcome.name()), 1);
            Counter reason = failedBy(c);
            if (reason != null) {
                after(facts, c, c.endedOn(), reason, 1);
            }
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
        if (c.failureReportDue() != null) {
            after(facts, c, c.failureReportDue(), Counter.FAILURE_REPORTS_DUE, 1);
            boolean onTime = c.failureReportSubmittedOn() != null
                    && !c.failureReportSubmittedOn().isAfter(c.failureReportDue());
            after(facts, c, c.failureReportDue(), Counter.FAILURE_REPORTS_ON_TIME, onTime ? 1 : 0);
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

    private static void declined(Counts d, CaseSnapshot.Offer o) {
        d.add(Counter.DECLINED, 1);
        if (o.declineCode() != null) {
            d.add(Counter.valueOf("DECLINED_" + o.declineCode().name()), 1);
        }
    }

    /** The failed-by-reason counter of a FAILED case, or null (no reason, or another outcome). */
    private static Counter failedBy(CaseSnapshot c) {
        if (c.outcome() != CaseOutcome.FAILED || c.failureReason() == null) {
            return null;
        }
        return switch (c.failureReason()) {
            case PERIOD_EXPIRED -> Counter.FAILED_PERIOD_EXPIRED;
            case PARTY_UNREACHABLE -> Counter.FAILED_PARTY_UNREACHABLE;
            case PARTY_REFUSED -> Counter.FAILED_PARTY_REFUSED;
            case REFUSED_TO_SIGN -> Counter.FAILED_REFUSED_TO_SIGN;
            // a respondent's refusal is the outcome CONSENT_REFUSED, never FAILED; counted as other if ever
            case OTHER, RESPONDENT_REFUSED, RESPONDENT_NO_ANSWER -> Counter.FAILED_OTHER;
        };
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

    /** The final center, the current mediator and the court of the case, those it has, on {@code day}. */
    private static java.util.List<FactKey> subjects(CaseSnapshot c, LocalDate day) {
        java.util.List<FactKey> out = new java.util.ArrayList<>(3);
        if (c.centerId() != null) {
            out.add(FactKey.of(FactKey.CENTER, c.centerId(), day));
            if (c.mediatorId() != null) {
                out.add(FactKey.of(FactKey.MEDIATOR, c.mediatorId(), day));
            }
        }
        if (c.courtId() != null) {
            out.add(FactKey.of(FactKey.COURT, c.courtId(), day));
        }
        return out;
    }

    private static Counts at(Map<FactKey, Counts> facts, FactKey k) {
        return facts.computeIfAbsent(k, x -> new Counts());
    }
}
