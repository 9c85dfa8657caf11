package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An empty required text is reported as required, not as a wrong length (issue 12). */
class RequiredTextTest {
    @Test
    void emptyOrBlankIsRequired() {
        assertEquals("validation.required", InvalidInputException.FieldError.text("rulingNumber", null, 60).messageKey());
        assertEquals("validation.required", InvalidInputException.FieldError.text("rulingNumber", "  ", 60).messageKey());
    }

    @Test
    void tooLongIsALength() {
        InvalidInputException.FieldError e = InvalidInputException.FieldError.text("rulingNumber", "x".repeat(61), 60);
        assertEquals("validation.size", e.messageKey());
        assertArrayEquals(new Object[]{1, 60}, e.args());
    }
}
