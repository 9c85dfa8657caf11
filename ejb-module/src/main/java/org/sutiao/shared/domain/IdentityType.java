package org.sutiao.shared.domain;

import java.util.Locale;

/**
 * How a party proves who it is: a Chinese legal person by its unified social credit code (GB 32100-2015), a
 * natural person by a resident ID (GB 11643-1999) or a passport, a foreign legal person by its registration number.
 * The identity key of a code is {@link #key(String)}: what PARTY accounts and case parties are matched by.
 */
public enum IdentityType {
    CREDIT_CODE, RESIDENT_ID, PASSPORT, FOREIGN_REGISTRATION;

    /** True when {@code code} is well-formed for this type (check characters verified where they exist). */
    public boolean isValid(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String s = code.strip();
        return switch (this) {
            case CREDIT_CODE -> CreditCode.isValid(s.toUpperCase(Locale.ROOT));
            case RESIDENT_ID -> IdNumbers.isValidResidentId(s);
            case PASSPORT -> IdNumbers.isPlausiblePassport(s);
            case FOREIGN_REGISTRATION -> s.length() >= 3 && s.length() <= 60;
        };
    }

    /**
     * The identity key of a code: upper case, without blanks; null for null or blank. Two parties with the same key
     * are the same person or company (北京星桥互动广告有限公司 in two cases, as applicant and as respondent).
     */
    public static String key(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
