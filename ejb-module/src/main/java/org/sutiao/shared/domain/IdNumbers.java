package org.sutiao.shared.domain;

/** Masking of personal identity numbers for display: only the region prefix and the last four stay visible. */
public final class IdNumbers {
    private IdNumbers() {
    }

    /**
     * Masks a resident ID (18 chars: first 6 and last 4 kept, {@code 350203********042X}) or a passport number
     * (first and last 3 kept). A value that is already masked (contains '*') is returned unchanged.
     */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isBlank() || idNumber.contains("*")) {
            return idNumber;
        }
        String s = idNumber.strip();
        if (s.length() == 18) {
            return s.substring(0, 6) + "********" + s.substring(14);
        }
        if (s.length() <= 4) {
            return "*".repeat(s.length());
        }
        int keep = Math.min(3, s.length() / 3);
        return s.substring(0, 1) + "*".repeat(s.length() - 1 - keep) + s.substring(s.length() - keep);
    }
}
