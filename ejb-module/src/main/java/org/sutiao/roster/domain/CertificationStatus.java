package org.sutiao.roster.domain;

/**
 * A mediator's certification on a given day: {@link #VALID}, {@link #EXPIRING} (valid, ending within
 * {@link #EXPIRING_WITHIN_DAYS} calendar days), {@link #EXPIRED}, or {@link #NONE}.
 */
public enum CertificationStatus {
    VALID, EXPIRING, EXPIRED, NONE;

    /** Calendar days before the end of validity from which a certificate shows as expiring. */
    public static final int EXPIRING_WITHIN_DAYS = 90;

    /**
     * The status of a certificate valid to {@code validTo} (inclusive) on {@code day}.
     *
     * @param certNumber null or blank when the mediator holds none
     */
    public static CertificationStatus of(String certNumber, java.time.LocalDate validTo, java.time.LocalDate day) {
        if (certNumber == null || certNumber.isBlank()) {
            return NONE;
        }
        if (validTo == null) {
            return VALID;
        }
        if (validTo.isBefore(day)) {
            return EXPIRED;
        }
        return validTo.isBefore(day.plusDays(EXPIRING_WITHIN_DAYS)) ? EXPIRING : VALID;
    }
}
