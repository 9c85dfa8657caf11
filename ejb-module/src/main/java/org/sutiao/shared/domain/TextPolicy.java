package org.sutiao.shared.domain;

/**
 * The one policy for free text typed by a person (facts, claims, reasons, minutes, notes, names, titles…), in
 * the API and in forms: text is stored and shown to others exactly as typed, so it must not hold characters that
 * are invisible or that change how the text around them is displayed.
 * <ul>
 *   <li>no C0/C1 control character (U+0000–U+001F, U+007F–U+009F), except line feed, carriage return and tab in
 *       multi-line text: a NUL is also refused by PostgreSQL in a {@code text} column;</li>
 *   <li>no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which can show
 *       "gpj.exe" as "exe.jpg" or reverse a name (CVE-2021-42574, "Trojan Source");</li>
 *   <li>no zero-width or direction mark (U+200B–U+200F) and no byte-order mark / zero-width no-break space
 *       (U+FEFF), which make two names look equal that are not.</li>
 * </ul>
 * Source: issue 9 §4; OWASP ASVS 4.0 V5.1.4 (structured data checked against allowed characters).
 */
public final class TextPolicy {
    /** The message key of a refused character; its arguments are the code point ("U+202E") and its 1-based position. */
    public static final String UNSAFE_CHARACTER = "validation.text.unsafeCharacter";
    /** The message key of a line break or tab in a single-line field; the argument is the 1-based position. */
    public static final String LINE_BREAK = "validation.text.lineBreak";

    private TextPolicy() {
    }

    /**
     * The first offence of {@code s} against the policy, or null when it complies (null text complies).
     *
     * @param multiline true where line breaks and tabs are part of the text (facts, minutes, reasons)
     */
    public static InvalidInputException.FieldError check(String field, String s, boolean multiline) {
        if (s == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            position++;
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                if (!multiline) {
                    return new InvalidInputException.FieldError(field, LINE_BREAK, position);
                }
            } else if (isRefused(cp)) {
                return new InvalidInputException.FieldError(field, UNSAFE_CHARACTER,
                        String.format("U+%04X", cp), position);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** True when {@code s} breaks the policy for {@code multiline} text; false for null. */
    public static boolean isRefused(String s, boolean multiline) {
        return check("", s, multiline) != null;
    }

    /** True for a code point never allowed (line feed, carriage return and tab are decided by the caller). */
    static boolean isRefused(int cp) {
        return Character.isISOControl(cp)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFEFF;
    }
}
