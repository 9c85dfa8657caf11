package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The court's figures, acceptance time, failures by reason and failure reports on time (issue 11 §1–§2) on three
 * hand-built cases with hand-computed values. Courts 7 and 8; centers 1 and 2; mediator 20.
 */
class CourtFactsTest {
    private static final long K7 = 7;
    private static final long K8 = 8;
    private static final long C1 = 1;
    private static final long C2 = 2;
    private static final long M20 = 20;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /**
     * Court 7 refers to center 1 (2 Mar), declined 3 Mar, re-referred to center 2 (5 Mar), accepted 9 Mar (4 days, on
     * time), failed 20 Apr (party unreachable) after 42 days; the report due 23 Apr came on 25 Apr (late).
     */
    static final CaseSnapshot K1 = new CaseSnapshot(1, CaseSource.COURT_REFERRAL, ReferralKind.DELEGATED, C2, M20,
            d("2026-03-09"), d("2026-04-20"), CaseOutcome.FAILED,
            List.of(new CaseSnapshot.Offer(1, C1, d("2026-03-02"), d("2026-03-05"), OfferOutcome.DECLINED,
                            d("2026-03-03"), DeclineReasonCode.NO_CAPACITY),
                    new CaseSnapshot.Offer(2, C2, d("2026-03-05"), d("2026-03-10"), OfferOutcome.ACCEPTED,
                            d("2026-03-09"), null)),
            List.of(), null, null, null, null, List.of(), List.of(), K7, FailureReason.PARTY_UNREACHABLE,
            d("2026-04-23"), d("2026-04-25"));
    /** Court 7 entrusts (20 Mar), accepted the same day, settled in full 31 Mar; confirmation applied 2 Apr, not ruled. */
    static final CaseSnapshot K2 = new CaseSnapshot(2, CaseSource.COURT_REFERRAL, ReferralKind.ENTRUSTED, C2, M20,
            d("2026-03-20"), d("2026-03-31"), CaseOutcome.SETTLED_FULL,
            List.of(new CaseSnapshot.Offer(1, C2, d("2026-03-20"), d("2026-03-25"), OfferOutcome.ACCEPTED,
                    d("2026-03-20"), null)),
            List.of(), d("2026-04-02"), null, null, null, List.of(), List.of(), K7, null, null, null);
    /** A direct application whose confirmation went to court 8: offered 1 Apr, accepted 3 Apr, settled, ruled valid. */
    static final CaseSnapshot K3 = new CaseSnapshot(3, CaseSource.DIRECT_APPLICATION, null, C2, M20,
            d("2026-04-03"), d("2026-04-10"), CaseOutcome.SETTLED_FULL,
            List.of(new CaseSnapshot.Offer(1, C2, d("2026-04-01"), d("2026-04-06"), OfferOutcome.ACCEPTED,
                    d("2026-04-03"), null)),
            List.of(), d("2026-04-12"), "VALID", d("2026-04-30"), null, List.of(), List.of(), K8, null, null, null);

    /** The facts of the three cases for one subject whose day lies in [from, to]. */
    static Counts sum(char subject, long id, String from, String to) {
        Counts total = new Counts();
        for (CaseSnapshot c : List.of(K1, K2, K3)) {
            for (Map.Entry<FactKey, Counts> e : CaseFacts.of(c).entrySet()) {
                FactKey k = e.getKey();
                if (k.subject() == subject && k.subjectId() == id && !k.day().isBefore(d(from))
                        && !k.day().isAfter(d(to))) {
                    total.addAll(e.getValue());
                }
            }
        }
        return total;
    }

    @Test
    void aCourtCountsItsReferralOnceAndEveryDeclineAndReReferral() {
        Counts march = sum(FactKey.COURT, K7, "2026-03-01", "2026-03-31");
        assertEquals(1, march.get(Counter.RECEIVED_DELEGATED), "K1 once, though offered to two centers");
        assertEquals(1, march.get(Counter.RECEIVED_ENTRUSTED), "K2");
        assertEquals(0, march.get(Counter.RECEIVED_DIRECT), "K3 is court 8's");
        assertEquals(1, march.get(Counter.DECLINED));
        assertEquals(1, march.get(Counter.DECLINED_NO_CAPACITY));
        assertEquals(1, march.get(Counter.RE_REFERRED));
        assertEquals(2, march.get(Counter.ACCEPTED));
        assertEquals(2, march.get(Counter.ACCEPTED_ON_TIME));
        assertEquals(new BigDecimal("2.00"), Indicator.MEAN_ACCEPTANCE_DAYS.valueOf(march), "(4 + 0) / 2");
        assertEquals(1, march.get(Counter.CONCLUDED), "K2 on 31 March; K1 failed in April");
        assertEquals(new BigDecimal("1.0000"), Indicator.SUCCESS_RATE.valueOf(march));
    }

    @Test
    void outcomesByFailureReasonAndFailureReportsOnTime() {
        Counts spring = sum(FactKey.COURT, K7, "2026-03-01", "2026-04-30");
        assertEquals(2, spring.get(Counter.CONCLUDED));
        assertEquals(1, spring.get(Counter.FAILED));
        assertEquals(1, spring.get(Counter.FAILED_PARTY_UNREACHABLE));
        assertEquals(0, spring.get(Counter.FAILED_OTHER));
        assertEquals(new BigDecimal("0.5000"), Indicator.SUCCESS_RATE.valueOf(spring));
        assertEquals(new BigDecimal("42.00"), Indicator.MEDIAN_DURATION_DAYS.valueOf(
                sum(FactKey.COURT, K7, "2026-04-20", "2026-04-20")), "9 March → 20 April");
        assertEquals(1, spring.get(Counter.FAILURE_REPORTS_DUE));
        assertEquals(0, spring.get(Counter.FAILURE_REPORTS_ON_TIME), "submitted two days late");
        assertEquals(new BigDecimal("0.0000"), Indicator.FAILURE_REPORT_ON_TIME_RATE.valueOf(spring));
        Counts center = sum(FactKey.CENTER, C2, "2026-04-23", "2026-04-23");
        assertEquals(1, center.get(Counter.FAILURE_REPORTS_DUE), "counted on the due day, for the final center");
        Counts mediator = sum(FactKey.MEDIATOR, M20, "2026-04-01", "2026-04-30");
        assertEquals(1, mediator.get(Counter.FAILED_PARTY_UNREACHABLE), "and for its mediator");
        assertNull(Indicator.FAILURE_REPORT_ON_TIME_RATE.valueOf(sum(FactKey.COURT, K7, "2026-03-01", "2026-03-31")),
                "no report due in March: no value");
    }

    @Test
    void pendingConfirmationsAreApplicationsLessRulingsUpToTheEnd() {
        Counts k7 = sum(FactKey.COURT, K7, "2000-01-01", "2026-04-30");
        assertEquals(1, k7.get(Counter.CONFIRMATIONS_APPLIED) - k7.get(Counter.CONFIRMATIONS_VALID)
                - k7.get(Counter.CONFIRMATIONS_REJECTED), "K2 applied on 2 April, never ruled");
        Counts k8before = sum(FactKey.COURT, K8, "2000-01-01", "2026-04-29");
        assertEquals(1, k8before.get(Counter.CONFIRMATIONS_APPLIED) - k8before.get(Counter.CONFIRMATIONS_VALID),
                "K3 pending until its ruling on 30 April");
        Counts k8 = sum(FactKey.COURT, K8, "2000-01-01", "2026-04-30");
        assertEquals(0, k8.get(Counter.CONFIRMATIONS_APPLIED) - k8.get(Counter.CONFIRMATIONS_VALID));
    }

    @Test
    void aDirectApplicationCountsForTheCourtItsConfirmationWentToAndNoOther() {
        Counts k8 = sum(FactKey.COURT, K8, "2026-01-01", "2026-12-31");
        assertEquals(1, k8.get(Counter.RECEIVED_DIRECT));
        assertEquals(new BigDecimal("2.00"), Indicator.MEAN_ACCEPTANCE_DAYS.valueOf(k8));
        Counts k7 = sum(FactKey.COURT, K7, "2026-01-01", "2026-12-31");
        assertEquals(2, k7.get(Counter.ACCEPTED), "court 7 never sees court 8's case");
        assertEquals(0, k7.get(Counter.CONFIRMATIONS_VALID));
        CaseSnapshot noCourt = new CaseSnapshot(4, CaseSource.DIRECT_APPLICATION, null, C2, M20, d("2026-04-03"),
                null, null, List.of(new CaseSnapshot.Offer(1, C2, d("2026-04-01"), d("2026-04-06"),
                OfferOutcome.ACCEPTED, d("2026-04-03"), null)), List.of(), null, null, null, null, List.of(),
                List.of());
        assertTrue(CaseFacts.of(noCourt).keySet().stream().noneMatch(k -> k.subject() == FactKey.COURT),
                "a direct application without a confirmation court has no court");
    }
}
