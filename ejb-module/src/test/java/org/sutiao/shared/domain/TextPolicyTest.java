package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one text policy: control, bidi and zero-width characters refused; line breaks only in multi-line text. */
class TextPolicyTest {
    @Test
    void ordinaryTextPasses() {
        assertNull(TextPolicy.check("facts", "买卖合同纠纷：被申请人未付货款 452,000.00 元 (CNY) — “急” 😀", false));
        assertNull(TextPolicy.check("facts", null, false));
        assertNull(TextPolicy.check("facts", "", false));
        assertNull(TextPolicy.check("name", "اختبار עברית", false), "right-to-left letters are text, not controls");
    }

    @Test
    void everyControlCharacterIsRefusedWithItsCodeAndPosition() {
        for (int cp = 0; cp < 0x20; cp++) {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                continue;
            }
            InvalidInputException.FieldError e = TextPolicy.check("facts", "ab" + (char) cp, true);
            assertEquals(TextPolicy.UNSAFE_CHARACTER, e.messageKey(), "U+" + cp);
            assertArrayEquals(new Object[]{String.format("U+%04X", cp), 3}, e.args());
            assertEquals("facts", e.field());
        }
        for (int cp = 0x7F; cp <= 0x9F; cp++) {
            assertTrue(TextPolicy.isRefused("x" + (char) cp, true), "C1 control U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void bidiControlsAreRefused() {
        for (int cp : new int[]{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertTrue(TextPolicy.isRefused("invoice" + (char) cp + "fdp.exe", true),
                    Integer.toHexString(cp));
        }
        assertEquals("U+202E", TextPolicy.check("facts", "事实\u202E", true).args()[0]);
    }

    @Test
    void zeroWidthCharactersAreRefused() {
        for (int cp : new int[]{0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF}) {
            assertTrue(TextPolicy.isRefused("北京" + (char) cp + "卓衡", false), Integer.toHexString(cp));
        }
        assertFalse(TextPolicy.isRefused("北京\u2010卓衡", false), "a hyphen next to the range is text");
        assertFalse(TextPolicy.isRefused("\u2070", false), "superscript zero next to the isolates is text");
    }

    @Test
    void lineBreaksAndTabsOnlyWhereMultiLine() {
        assertNull(TextPolicy.check("facts", "第一行\r\n第二行\t制表", true));
        InvalidInputException.FieldError e = TextPolicy.check("name", "北京\n卓衡", false);
        assertEquals(TextPolicy.LINE_BREAK, e.messageKey());
        assertArrayEquals(new Object[]{3}, e.args());
        assertTrue(TextPolicy.isRefused("a\tb", false));
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        InvalidInputException.FieldError e = TextPolicy.check("f", "😀😀\u0000", false);
        assertArrayEquals(new Object[]{"U+0000", 3}, e.args());
    }

    @Test
    void safeTextIsTheMultiLinePolicy() {
        assertTrue(SafeText.isUnsafe("a\u200Bb"));
        assertTrue(SafeText.isUnsafe("a\u202Eb"));
        assertFalse(SafeText.isUnsafe("a\nb"));
        assertFalse(SafeText.isUnsafe(null));
    }
}
