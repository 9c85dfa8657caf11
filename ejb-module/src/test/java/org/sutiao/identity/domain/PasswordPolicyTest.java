package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.shipped();

    @Test
    void twelveCharactersAtLeastCountedAsCharactersNotUnits() {
        assertEquals(Optional.of("password.tooShort"), policy.refusal("u", "Abcdefgh-10"));
        assertEquals(Optional.empty(), policy.refusal("u", "Abcdefgh-101"));
        assertEquals(Optional.of("password.tooShort"), policy.refusal("u", "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀"),
                "11 supplementary characters are 22 UTF-16 units but 11 characters");
        assertEquals(Optional.of("password.tooLong"), policy.refusal("u", "x".repeat(129)));
        assertEquals(Optional.of("validation.required"), policy.refusal("u", ""));
        assertEquals(Optional.of("validation.required"), policy.refusal("u", null));
    }

    @Test
    void notTheUsernameInAnyCase() {
        assertEquals(Optional.of("password.isUsername"), policy.refusal("court.clerk.01", "COURT.CLERK.01"));
        assertEquals(Optional.empty(), policy.refusal("court.clerk.01", "court.clerk.01-x"));
    }

    @Test
    void notACommonPasswordOfTheShippedListInAnyCase() {
        assertTrue(policy.commonCount() >= 30_000, "the shipped list: " + policy.commonCount());
        assertEquals(Optional.of("password.common"), policy.refusal("u", "qwerty123456"));
        assertEquals(Optional.of("password.common"), policy.refusal("u", "1Qaz2Wsx3Edc"));
        assertEquals(Optional.of("password.common"), policy.refusal("u", "Demo-Center-2026!"),
                "README's demo passwords are never a real account's");
        assertEquals(Optional.empty(), policy.refusal("u", "雨后的梧桐叶落满了小院子"));
        assertEquals(Optional.of("password.common"), new PasswordPolicy(Set.of("correct horse battery"))
                .refusal("u", "Correct Horse Battery"));
    }
}
