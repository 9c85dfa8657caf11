package org.sutiao.identity.domain;

import java.text.Normalizer;
import java.util.Locale;

/** How a name typed at the identity confirmation is compared with the name a case records. */
public final class PartyNames {
    private PartyNames() {
    }

    /**
     * True when two names denote the same party as typed: equal after Unicode NFKC (full-width brackets become
     * half-width), ignoring blanks and letter case; false when {@code typed} is null.
     */
    public static boolean same(String recorded, String typed) {
        return recorded != null && typed != null && canonical(recorded).equals(canonical(typed));
    }

    private static String canonical(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
