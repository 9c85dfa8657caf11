package org.sutiao.fees.application;

import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.fees.domain.ScheduleStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A center's published fees for the public listing: per currency the schedule in force and every version.
 *
 * @param centerCode the center's code ({@code CCPIT-L-BJ})
 * @param currencies one entry per currency the center has published, in code order; empty when none
 */
public record CenterFees(String centerCode, String centerName, List<CurrencyFees> currencies) {

    /**
     * The versions of one currency.
     *
     * @param asOf    the Beijing date the listing was made for
     * @param inForce the schedule charging on {@code asOf}, or null when none has taken effect yet
     * @param history every version, newest first
     */
    public record CurrencyFees(String currency, LocalDate asOf, FeeSchedule inForce, List<FeeSchedule> history) {
        /** Where a version of this center and currency stands on {@code asOf} (versions compared by id). */
        public ScheduleStatus status(FeeSchedule s) {
            if (inForce != null && inForce.id().equals(s.id())) {
                return ScheduleStatus.IN_FORCE;
            }
            return s.effectiveOn(asOf) ? ScheduleStatus.SUPERSEDED : ScheduleStatus.SCHEDULED;
        }
    }
}
