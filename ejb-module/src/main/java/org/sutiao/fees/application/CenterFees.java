package org.sutiao.fees.application;

import org.sutiao.fees.domain.FeeSchedule;

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
     * @param inForce the schedule charging today (Beijing date), or null when none has taken effect yet
     * @param history every version, newest first
     */
    public record CurrencyFees(String currency, FeeSchedule inForce, List<FeeSchedule> history) {
    }
}
