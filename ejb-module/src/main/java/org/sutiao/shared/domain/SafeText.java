package org.sutiao.shared.domain;

/**
 * Text that can be shown to others as typed: no control characters (other than line breaks and tabs) and no
 * bidirectional overrides or isolates, which can disguise a name on screen and in documents; the rule itself is
 * {@link TextPolicy} (multi-line).
 */
public final class SafeText {
    private SafeText() {
    }

    /** True when {@code s} breaks the {@link TextPolicy} for multi-line text; false for null. */
    public static boolean isUnsafe(String s) {
        return TextPolicy.isRefused(s, true);
    }
}
