package org.sutiao.shared.domain;

/** Masking of personal identity numbers for display: only the region prefix and the last four stay visible. */
public final class IdNumbers {
    private IdNumbers() {
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /**
     * True for an 18-character PRC resident identity number with a correct GB 11643-1999 check character
     * (17 digits, then a digit or X).
     */
    public static boolean isValidResidentId(String id) {
        if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
    }

    /**
     * The GB 11643-1999 check character ({@code 0}–{@code 9} or {@code X}) of the first 17 digits of a resident ID.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** True for a plausible passport number: 5 to 20 letters and digits. */
    public static boolean isPlausiblePassport(String number) {
        return number != null && number.matches("[A-Za-z0-9]{5,20}");
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
