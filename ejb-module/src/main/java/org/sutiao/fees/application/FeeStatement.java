package org.sutiao.fees.application;

import org.sutiao.cases.domain.PartyRole;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.PaymentStatus;
import org.sutiao.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's fee as those in the case's scope see it: the fee with its shares, or why there is none, and the
 * government subsidies recorded for the case. Metadata-only callers (HQ, court supervisors) get no shares (they
 * name parties).
 *
 * @param fee        the fee, or null when the case is not charged
 * @param notCharged why there is no fee (null when there is one)
 */
public record FeeStatement(Long caseId, String caseNumber, String centerCode, String centerName, Fee fee,
                           Reason notCharged, List<Subsidy> subsidies) {

    /** True when the case has a fee. */
    public boolean chargeable() {
        return fee != null;
    }

    /**
     * The fee of the case.
     *
     * @param version         optimistic-lock version, to send back with a change
     * @param scheduleVersion the version of the center's schedule in force on {@code acceptedOn} that computed it
     * @param claimBase       total monetary claims in the fee's currency
     * @param hours           mediator hours (hourly basis), else null
     * @param hourlyRate      the schedule's rate per hour (hourly basis), else null
     * @param shares          in party order; empty for metadata-only callers
     */
    public record Fee(long version, FeeBasis basis, String currency, int scheduleVersion,
                      LocalDate scheduleEffectiveFrom, LocalDate acceptedOn, Money claimBase, BigDecimal hours,
                      Money hourlyRate, Money minimumFee, Money amount, Instant computedAt, List<Share> shares) {
        /** True when every share is paid or waived. */
        public boolean settled() {
            return shares.stream().allMatch(s -> s.status().settled());
        }
    }

    /** One party's share; {@code paidOn} only when PAID. */
    public record Share(Long partyId, int seq, PartyRole role, String partyName, Money amount, PaymentStatus status,
                        LocalDate paidOn) {
    }

    /**
     * Why a case has no fee, as a message key of the bundles with its arguments: {@code fee.notYetAccepted},
     * {@code fee.noSchedule} (center, currency, acceptance date), {@code fee.currencyMismatch} (claim currency,
     * schedule currency) or {@code fee.notRecorded} (acceptance date).
     */
    public record Reason(String code, List<String> args) {
        /** The arguments as an array for message formatting. */
        public Object[] argArray() {
            return args.toArray();
        }
    }

    /** A recorded government subsidy. */
    public record Subsidy(Long id, Money amount, String source, LocalDate grantedOn, String recordedBy,
                          Instant recordedAt) {
    }
}
