package org.sutiao.cases.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a people's court case number (案号): {@code (年份)} + the court's code (province abbreviation and
 * court number, e.g. {@code 京0105}) + the case-type characters ({@code 民初}, {@code 民诉前调}, {@code 民终}) + a
 * sequence number + {@code 号}, as in {@code (2026)京0105民诉前调1873号}; parentheses half- or full-width. Source:
 * 最高人民法院《关于人民法院案件案号的若干规定》(法〔2015〕137号) Arts. 2–4; issue 9 §4 (the province of the referring court).
 */
public final class CourtCaseNumber {
    /** The first year of the current numbering rules' predecessors that may still be pending (plausibility only). */
    public static final int MIN_YEAR = 1990;
    private static final Pattern SHAPE = Pattern.compile("^[(（](\\d{4})[)）](.+?)(\\p{IsHan}{1,6})([1-9]\\d{0,7})号$");

    private CourtCaseNumber() {
    }

    /**
     * True when {@code number} is a case number of the court with code {@code courtPrefix} ({@code 京0105}) from a year
     * between {@value #MIN_YEAR} and {@code latestYear}.
     *
     * @param courtPrefix the court's code as it appears in its case numbers; null accepts any code
     * @param latestYear  the year of the referral: a case number cannot come from a later year
     */
    public static boolean isPlausible(String number, String courtPrefix, int latestYear) {
        if (number == null) {
            return false;
        }
        String n = number.strip();
        if (courtPrefix != null && !courtPrefix.isBlank()) {
            Matcher m = Pattern.compile("^[(（](\\d{4})[)）]" + Pattern.quote(courtPrefix.strip())
                    + "(\\p{IsHan}{1,6})([1-9]\\d{0,7})号$").matcher(n);
            return m.matches() && year(m.group(1), latestYear);
        }
        Matcher m = SHAPE.matcher(n);
        return m.matches() && year(m.group(1), latestYear);
    }

    private static boolean year(String digits, int latestYear) {
        int y = Integer.parseInt(digits);
        return y >= MIN_YEAR && y <= latestYear;
    }
}
