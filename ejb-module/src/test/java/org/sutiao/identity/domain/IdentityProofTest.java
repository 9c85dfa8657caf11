package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityProofTest {
    @Test
    void aCourtsRecordsOutrankAnApplicationsWhichOutrankADeclaration() {
        assertTrue(IdentityProof.RECORDS.strongerThan(IdentityProof.APPLICANT));
        assertTrue(IdentityProof.RECORDS.strongerThan(IdentityProof.DECLARED));
        assertTrue(IdentityProof.APPLICANT.strongerThan(IdentityProof.DECLARED));
        assertTrue(IdentityProof.DECLARED.strongerThan(null));
        for (IdentityProof p : IdentityProof.values()) {
            assertFalse(p.strongerThan(p), "an equal proof cannot take an identity: " + p);
        }
        assertFalse(IdentityProof.APPLICANT.strongerThan(IdentityProof.RECORDS));
        assertFalse(IdentityProof.DECLARED.strongerThan(IdentityProof.APPLICANT));
    }
}
