package org.sutiao.shared.domain;

/**
 * Text that can be shown to others as typed: no control characters (other than line breaks and tabs) and no
 * bidirectional overrides or isolates, which can disguise a name on screen and in documents.
 */
public final class SafeText {
    private SafeText() {
    }

    /** True when {@code s} holds a control character or a bidirectional override; false for null. */
    public static boolean isUnsafe(String s) {
        if (s == null) {
            return false;
        }
        return s.codePoints().anyMatch(cp -> (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069));
    }
}
