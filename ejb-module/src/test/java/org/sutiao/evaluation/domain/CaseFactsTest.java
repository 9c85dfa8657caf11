package org.sutiao.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each indicator on four hand-built cases with hand-computed values (issue 11 "Tests"): a re-referral, a suspension, a
 * partial settlement and a case concluded in another period. Centers 1 and 2; mediators 20 and 21.
 */
class CaseFactsTest {
    private static final long C1 = 1;
    private static final long C2 = 2;
    private static final long M20 = 20;
    private static final long M21 = 21;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Declined by center 1 (no capacity), re-referred to center 2, suspended 10 days, settled in part: 40 − 10 = 30 days. */
    static final CaseSnapshot A = new CaseSnapshot(1, CaseSource.COURT_REFERRAL, ReferralKind.DELEGATED, C2, M20,
            d("2026-03-06"), d("2026-04-15"), CaseOutcome.SETTLED_PARTIAL,
            List.of(new CaseSnapshot.Offer(1, C1, d("2026-03-02"), d("2026-03-05"), OfferOutcome.DECLINED,
                            d("2026-03-03"), DeclineReasonCode.NO_CAPACITY),
                    new CaseSnapshot.Offer(2, C2, d("2026-03-05"), d("2026-03-10"), OfferOutcome.ACCEPTED,
                            d("2026-03-06"), null)),
            List.of(new CaseSnapshot.Span(d("2026-03-10"), d("2026-03-20"))), null, null, null, null, List.of(),
            List.of());
    /** Entrusted, accepted late, settled in full in March after 14 days; April: two obligations, a confirmation, a rating. */
    static final CaseSnapshot B = new CaseSnapshot(2, CaseSource.COURT_REFERRAL, ReferralKind.ENTRUSTED, C2, M20,
            d("2026-03-16"), d("2026-03-30"), CaseOutcome.SETTLED_FULL,
            List.of(new CaseSnapshot.Offer(1, C2, d("2026-03-09"), d("2026-03-12"), OfferOutcome.ACCEPTED,
                    d("2026-03-16"), null)),
            List.of(), d("2026-04-01"), "VALID", d("2026-04-20"), null,
            List.of(new CaseSnapshot.ObligationDates(d("2026-04-10"), d("2026-04-08")),
                    new CaseSnapshot.ObligationDates(d("2026-04-20"), d("2026-04-25"))),
            List.of(new CaseSnapshot.Rating(d("2026-04-02"), 4)));
    /** A direct application failing in May after 68 days: concluded in another period. */
    static final CaseSnapshot C = new CaseSnapshot(3, CaseSource.DIRECT_APPLICATION, null, C2, M21,
            d("2026-03-03"), d("2026-05-10"), CaseOutcome.FAILED,
            List.of(new CaseSnapshot.Offer(1, C2, d("2026-03-02"), d("2026-03-05"), OfferOutcome.ACCEPTED,
                    d("2026-03-03"), null)),
            List.of(), null, null, null, null, List.of(), List.of());
    /** Referred and accepted in April, withdrawn after 9 days. */
    static final CaseSnapshot D = new CaseSnapshot(4, CaseSource.COURT_REFERRAL, ReferralKind.DELEGATED, C2, M20,
            d("2026-04-02"), d("2026-04-11"), CaseOutcome.WITHDRAWN,
            List.of(new CaseSnapshot.Offer(1, C2, d("2026-04-01"), d("2026-04-03"), OfferOutcome.ACCEPTED,
                    d("2026-04-02"), null)),
            List.of(), null, null, null, null, List.of(), List.of());

    /** The sum of the facts of every case for one subject over [from, to] months, as the summaries add them. */
    static Counts sum(char subject, long id, String from, String to) {
        Counts total = new Counts();
        for (CaseSnapshot c : List.of(A, B, C, D)) {
            for (Map.Entry<FactKey, Counts> e : CaseFacts.of(c).entrySet()) {
                FactKey k = e.getKey();
                if (k.subject() == subject && k.subjectId() == id && !k.month().isBefore(d(from))
                        && !k.month().isAfter(d(to))) {
                    total.addAll(e.getValue());
                }
            }
        }
        return total;
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aReReferredCaseCountsOnceForEachCenterForReceivedAndDeclined() {
        Counts c1 = sum(FactKey.CENTER, C1, "2026-03-01", "2026-05-01");
        assertEquals(1, c1.get(Counter.RECEIVED_DELEGATED));
        assertEquals(1, c1.get(Counter.DECLINED));
        assertEquals(1, c1.get(Counter.DECLINED_NO_CAPACITY));
        assertEquals(1, c1.get(Counter.RE_REFERRED));
        assertEquals(0, c1.get(Counter.ACCEPTED), "after acceptance everything counts for the final center");
        assertEquals(0, c1.get(Counter.CONCLUDED));
        Counts march = sum(FactKey.CENTER, C2, "2026-03-01", "2026-03-01");
        assertEquals(1, march.get(Counter.RECEIVED_DELEGATED), "A at center 2");
        assertEquals(1, march.get(Counter.RECEIVED_ENTRUSTED));
        assertEquals(1, march.get(Counter.RECEIVED_DIRECT));
    }

    @Test
    void acceptanceOnTimeIsDecidedByTheOffersDueDate() {
        Counts march = sum(FactKey.CENTER, C2, "2026-03-01", "2026-03-01");
        assertEquals(3, march.get(Counter.ACCEPTED));
        assertEquals(2, march.get(Counter.ACCEPTED_ON_TIME), "B was accepted after its due date");
        assertEquals(dec("0.6667"), Indicator.ACCEPTED_ON_TIME_RATE.valueOf(march));
    }

    @Test
    void outcomesCountInTheMonthOfTheOutcome() {
        Counts april = sum(FactKey.CENTER, C2, "2026-04-01", "2026-04-01");
        assertEquals(1, april.get(Counter.RECEIVED_DELEGATED), "only D was received in April");
        assertEquals(2, april.get(Counter.CONCLUDED), "A (partial) and D (withdrawn); B concluded in March, C in May");
        assertEquals(1, april.get(Counter.SETTLED_PARTIAL));
        assertEquals(1, april.get(Counter.WITHDRAWN));
        assertEquals(0, april.get(Counter.SETTLED_FULL));
        assertEquals(dec("0.5000"), Indicator.SUCCESS_RATE.valueOf(april));
        Counts march = sum(FactKey.CENTER, C2, "2026-03-01", "2026-03-01");
        assertEquals(1, march.get(Counter.SETTLED_FULL));
        assertEquals(dec("1.0000"), Indicator.SUCCESS_RATE.valueOf(march));
        Counts may = sum(FactKey.CENTER, C2, "2026-05-01", "2026-05-01");
        assertEquals(1, may.get(Counter.FAILED));
        assertEquals(dec("0.0000"), Indicator.SUCCESS_RATE.valueOf(may));
    }

    @Test
    void durationsExcludeSuspendedDaysAndGiveMeanMedianAndBeyond30() {
        assertEquals(30, CaseFacts.durationDays(A), "6 March → 15 April is 40 days, 10 of them suspended");
        assertEquals(68, CaseFacts.durationDays(C));
        Counts april = sum(FactKey.CENTER, C2, "2026-04-01", "2026-04-01");
        assertEquals(dec("19.50"), Indicator.MEAN_DURATION_DAYS.valueOf(april), "(30 + 9) / 2");
        assertEquals(dec("19.50"), Indicator.MEDIAN_DURATION_DAYS.valueOf(april));
        assertEquals(0, april.get(Counter.BEYOND_30_DAYS), "30 days is not beyond 30");
        Counts quarter = sum(FactKey.CENTER, C2, "2026-03-01", "2026-05-01");
        assertEquals(4, quarter.get(Counter.CONCLUDED));
        assertEquals(dec("30.25"), Indicator.MEAN_DURATION_DAYS.valueOf(quarter), "(30 + 14 + 68 + 9) / 4");
        assertEquals(dec("22.00"), Indicator.MEDIAN_DURATION_DAYS.valueOf(quarter), "9, 14 | 30, 68");
        assertEquals(1, quarter.get(Counter.BEYOND_30_DAYS));
        assertEquals(dec("0.2500"), Indicator.BEYOND_30_DAYS_RATE.valueOf(quarter));
        assertEquals(dec("0.5000"), Indicator.SUCCESS_RATE.valueOf(quarter));
    }

    @Test
    void aRunningSuspensionEndsAtTheOutcomeAndOneBeforeAcceptanceDoesNotCount() {
        CaseSnapshot running = new CaseSnapshot(9, CaseSource.COURT_REFERRAL, ReferralKind.DELEGATED, C2, M20,
                d("2026-03-01"), d("2026-03-31"), CaseOutcome.WITHDRAWN, List.of(),
                List.of(new CaseSnapshot.Span(d("2026-03-21"), null)), null, null, null, null, List.of(), List.of());
        assertEquals(20, CaseFacts.durationDays(running));
        CaseSnapshot refused = new CaseSnapshot(10, CaseSource.DIRECT_APPLICATION, null, C2, M20, d("2026-03-01"),
                d("2026-03-05"), CaseOutcome.CONSENT_REFUSED, List.of(), List.of(), null, null, null, null, List.of(),
                List.of());
        assertNull(CaseFacts.durationDays(refused), "mediation never started: no duration");
    }

    @Test
    void settlementsThatLastConfirmationsAndSatisfactionCountInTheirOwnMonth() {
        Counts april = sum(FactKey.CENTER, C2, "2026-04-01", "2026-04-01");
        assertEquals(2, april.get(Counter.OBLIGATIONS_DUE));
        assertEquals(1, april.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME), "the second was performed late");
        assertEquals(dec("0.5000"), Indicator.PERFORMED_ON_TIME_RATE.valueOf(april));
        assertEquals(1, april.get(Counter.CONFIRMATIONS_APPLIED));
        assertEquals(1, april.get(Counter.CONFIRMATIONS_VALID));
        assertEquals(dec("1.0000"), Indicator.CONFIRMATION_VALID_RATE.valueOf(april));
        assertEquals(dec("4.00"), Indicator.SATISFACTION_MEAN.valueOf(april));
        assertEquals(1, april.get(Counter.SATISFACTION_COUNT));
        assertNull(Indicator.SATISFACTION_MEAN.valueOf(sum(FactKey.CENTER, C2, "2026-03-01", "2026-03-01")),
                "no rating in March: no value");
    }

    @Test
    void mediatorsCountTheirOwnCasesFromAcceptanceOn() {
        Counts m20 = sum(FactKey.MEDIATOR, M20, "2026-03-01", "2026-05-01");
        assertEquals(3, m20.get(Counter.ACCEPTED), "A, B, D");
        assertEquals(3, m20.get(Counter.CONCLUDED));
        assertEquals(0, m20.get(Counter.RECEIVED_DELEGATED), "receiving is the center's");
        Counts m21 = sum(FactKey.MEDIATOR, M21, "2026-03-01", "2026-05-01");
        assertEquals(1, m21.get(Counter.FAILED));
        assertEquals(dec("68.00"), Indicator.MEDIAN_DURATION_DAYS.valueOf(m21));
    }

    /**
     * The sum over any range of days as the service reads it: the whole months of {@link PeriodParts} from the facts'
     * months (the monthly rows), the edge days from the facts' days (the daily rows).
     */
    static Counts range(char subject, long id, String from, String to) {
        PeriodParts parts = PeriodParts.of(d(from), d(to));
        Counts total = new Counts();
        for (CaseSnapshot c : List.of(A, B, C, D)) {
            for (Map.Entry<FactKey, Counts> e : CaseFacts.of(c).entrySet()) {
                FactKey k = e.getKey();
                if (k.subject() != subject || k.subjectId() != id) {
                    continue;
                }
                boolean inMonths = parts.months() != null && !k.month().isBefore(parts.months().from())
                        && !k.month().isAfter(parts.months().to());
                boolean inDays = parts.days().stream().anyMatch(s -> !k.day().isBefore(s.from())
                        && !k.day().isAfter(s.to()));
                if (inMonths || inDays) {
                    total.addAll(e.getValue());
                }
            }
        }
        return total;
    }

    @Test
    void aRangeOfDaysInsideTwoMonthsCountsOnlyItsDays() {
        // 5 March – 10 April, no whole month: A (5 Mar), B (9 Mar), D (1 Apr) received, not C (2 Mar)
        Counts c2 = range(FactKey.CENTER, C2, "2026-03-05", "2026-04-10");
        assertEquals(2, c2.get(Counter.RECEIVED_DELEGATED));
        assertEquals(1, c2.get(Counter.RECEIVED_ENTRUSTED));
        assertEquals(0, c2.get(Counter.RECEIVED_DIRECT), "C was received on 2 March");
        assertEquals(3, c2.get(Counter.ACCEPTED), "A 6 Mar, B 16 Mar, D 2 Apr");
        assertEquals(2, c2.get(Counter.ACCEPTED_ON_TIME), "B late");
        assertEquals(1, c2.get(Counter.CONCLUDED), "only B (30 Mar); A on 15 Apr, D on 11 Apr, C in May");
        assertEquals(1, c2.get(Counter.SETTLED_FULL));
        assertEquals(dec("14.00"), Indicator.MEDIAN_DURATION_DAYS.valueOf(c2));
        assertEquals(1, c2.get(Counter.CONFIRMATIONS_APPLIED), "1 April");
        assertEquals(0, c2.get(Counter.CONFIRMATIONS_VALID), "ruled on 20 April");
        assertEquals(1, c2.get(Counter.OBLIGATIONS_DUE), "due 10 April; the one due 20 April is outside");
        assertEquals(1, c2.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME));
        assertEquals(dec("4.00"), Indicator.SATISFACTION_MEAN.valueOf(c2));
        Counts c1 = range(FactKey.CENTER, C1, "2026-03-05", "2026-03-05");
        assertEquals(1, c1.get(Counter.RE_REFERRED), "re-referred on the day of the new offer");
        assertEquals(0, c1.get(Counter.RECEIVED_DELEGATED), "received on 2 March");
        assertEquals(0, c1.get(Counter.DECLINED), "declined on 3 March");
    }

    @Test
    void aRangeWithAWholeMonthAddsTheEdgeDaysToIt() {
        // 20 Feb – 10 Apr: February's last days (nothing), all of March (monthly rows), 1–10 April (daily rows)
        Counts c2 = range(FactKey.CENTER, C2, "2026-02-20", "2026-04-10");
        assertEquals(4, c2.get(Counter.ACCEPTED), "A, B, C in March, D on 2 April");
        assertEquals(3, c2.get(Counter.ACCEPTED_ON_TIME));
        assertEquals(1, c2.get(Counter.RECEIVED_DIRECT), "C on 2 March, inside the whole month");
        assertEquals(1, c2.get(Counter.CONCLUDED), "B; D was withdrawn on 11 April, one day after");
        assertEquals(0, c2.get(Counter.WITHDRAWN));
        Counts withD = range(FactKey.CENTER, C2, "2026-02-20", "2026-04-11");
        assertEquals(1, withD.get(Counter.WITHDRAWN));
        assertEquals(dec("11.50"), Indicator.MEDIAN_DURATION_DAYS.valueOf(withD), "9 and 14");
        Counts m21 = range(FactKey.MEDIATOR, M21, "2026-05-10", "2026-05-10");
        assertEquals(1, m21.get(Counter.FAILED), "C concluded in another period, on exactly this day");
        assertEquals(dec("68.00"), Indicator.MEDIAN_DURATION_DAYS.valueOf(m21));
        assertEquals(0, range(FactKey.MEDIATOR, M21, "2026-05-11", "2026-06-30").get(Counter.FAILED));
    }

    @Test
    void everyRangeOfDaysGivesTheSameSumsAsItsDaysOneByOne() {
        LocalDate start = d("2026-02-25");
        for (int a = 0; a < 90; a += 7) {
            for (int b = a; b < 90; b += 11) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                Counts byParts = range(FactKey.CENTER, C2, from.toString(), to.toString());
                Counts byDays = new Counts();
                for (CaseSnapshot c : List.of(A, B, C, D)) {
                    CaseFacts.of(c).forEach((k, v) -> {
                        if (k.subject() == FactKey.CENTER && k.subjectId() == C2 && !k.day().isBefore(from)
                                && !k.day().isAfter(to)) {
                            byDays.addAll(v);
                        }
                    });
                }
                for (Counter counter : Counter.values()) {
                    assertEquals(byDays.get(counter), byParts.get(counter), counter + " " + from + "–" + to);
                }
                assertEquals(byDays.durations(), byParts.durations(), from + "–" + to);
            }
        }
    }
}
