package org.sutiao.fees.application;

import org.sutiao.shared.domain.Money;

/**
 * Government subsidies (notice 法办〔2024〕623号 §5(4)) granted for one center's cases in one calendar year and
 * currency.
 *
 * @param year      calendar year of the grant date (Beijing)
 * @param total     sum of the subsidies
 * @param subsidies how many were recorded
 */
public record SubsidyStatistic(String centerCode, String centerName, int year, String currency, Money total,
                               long subsidies) {
}
