package org.sutiao.platform.application;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.IdNumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoIdentitiesTest {

    @Test
    void residentIdIsCompletedToAValidNumberThatMasksBackToTheShownOne() {
        for (String masked : new String[]{"350203********042X", "441900********3718", "110105********1234"}) {
            String full = DemoIdentities.complete(masked, "RESIDENT_ID");
            assertFalse(full.contains("*"), full);
            assertTrue(IdNumbers.isValidResidentId(full), full);
            assertEquals(masked, IdNumbers.mask(full));
        }
    }

    @Test
    void passportStarsBecomeDigitsAndTheNumberStaysPlausible() {
        String full = DemoIdentities.complete("PA****381", "PASSPORT");
        assertEquals("PA0000381", full);
        assertTrue(IdNumbers.isPlausiblePassport(full));
    }

    @Test
    void aCompleteNumberIsLeftAlone() {
        assertEquals("11010519491231002X", DemoIdentities.complete("11010519491231002X", "RESIDENT_ID"));
    }
}
