package org.sutiao.platform.application;

import org.sutiao.shared.domain.IdNumbers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Completes the masked identity numbers of the demo data (which only ever shows {@code 350203********042X}) into
 * invented full numbers, so that the demo party accounts can confirm an identity: the hidden birth date becomes the
 * first date from 1970-01-01 on that makes the shown check character correct (GB 11643-1999); hidden passport
 * characters become zeros. The completed number masks back to the shown one.
 */
final class DemoIdentities {
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private DemoIdentities() {
    }

    /**
     * @param masked the number as in the demo data, possibly with {@code *}
     * @param idType {@code RESIDENT_ID} or {@code PASSPORT}
     * @return the completed number, or {@code masked} unchanged when it holds no {@code *} or cannot be completed
     */
    static String complete(String masked, String idType) {
        if (masked == null || !masked.contains("*")) {
            return masked;
        }
        if ("RESIDENT_ID".equals(idType) && masked.matches("\\d{6}\\*{8}\\d{3}[0-9X]")) {
            String prefix = masked.substring(0, 6);
            String serial = masked.substring(14, 17);
            char check = masked.charAt(17);
            for (LocalDate d = LocalDate.of(1970, 1, 1); d.getYear() < 2000; d = d.plusDays(1)) {
                String first17 = prefix + d.format(YMD) + serial;
                if (IdNumbers.checkCharacter(first17) == check) {
                    return first17 + check;
                }
            }
            return masked;
        }
        return masked.replace('*', '0');
    }
}
