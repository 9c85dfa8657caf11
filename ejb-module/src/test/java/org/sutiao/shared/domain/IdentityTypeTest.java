package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityTypeTest {

    @Test
    void theKeyIgnoresCaseAndBlanks() {
        assertEquals("91110105MA5DDR3E6T", IdentityType.key(" 91110105ma5ddr3e6t "));
        assertEquals("HRB748213(AMTSGERICHTSTUTTGART)", IdentityType.key("HRB 748213 (Amtsgericht Stuttgart)"));
        assertNull(IdentityType.key("  "));
    }

    @Test
    void eachTypeChecksItsOwnFormat() {
        assertTrue(IdentityType.CREDIT_CODE.isValid("91110105ma5ddr3e6t"), "lower case is accepted");
        assertFalse(IdentityType.CREDIT_CODE.isValid("91110105MA5DDR3E6U"), "wrong check character");
        assertTrue(IdentityType.RESIDENT_ID.isValid("11010519491231002X"));
        assertFalse(IdentityType.RESIDENT_ID.isValid("110105194912310021"));
        assertTrue(IdentityType.PASSPORT.isValid("PA1234381"));
        assertFalse(IdentityType.PASSPORT.isValid("P-1"));
        assertTrue(IdentityType.FOREIGN_REGISTRATION.isValid("HRB 748213"));
        assertFalse(IdentityType.FOREIGN_REGISTRATION.isValid(" "));
    }
}
