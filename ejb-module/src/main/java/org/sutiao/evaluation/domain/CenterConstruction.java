package org.sutiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A center's construction (issue 11 §1 "center construction"; notice 法办〔2024〕623号 §4(2), §5(3)): the roster's facts
 * as of today — fixed venues, mediators on the roster (not exited) full- and part-time, those with a certificate valid
 * today, their recorded training hours — and the center's commendations and sanctions dated in the period.
 *
 * @param trainingHours the training hours recorded on the roster, summed over its mediators (hours)
 */
public record CenterConstruction(String code, String name, long venues, long fullTimeMediators,
                                 long partTimeMediators, long certificatesValid, BigDecimal trainingHours,
                                 long commendations, long sanctions) {

    /** Mediators on the roster: full- and part-time. */
    public long mediators() {
        return fullTimeMediators + partTimeMediators;
    }

    /** The value of a construction indicator ({@link Indicator#ofConstruction()}), null without mediators. */
    public BigDecimal valueOf(Indicator i) {
        return switch (i) {
            case VENUES -> BigDecimal.valueOf(venues);
            case CERTIFICATE_VALID_RATE -> Indicator.rate(certificatesValid, mediators());
            case TRAINING_HOURS_MEAN -> mediators() == 0 ? null
                    : trainingHours.divide(BigDecimal.valueOf(mediators()), 2, RoundingMode.HALF_UP);
            default -> null;
        };
    }
}
