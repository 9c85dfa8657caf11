package org.sutiao.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether one claim of the case (by its number) is settled by the agreement. */
@Embeddable
public class ClaimOutcome {
    @Column(name = "claim_seq", nullable = false)
    private int claimSeq;
    @Column(nullable = false)
    private boolean settled;

    protected ClaimOutcome() {
    }

    public ClaimOutcome(int claimSeq, boolean settled) {
        this.claimSeq = claimSeq;
        this.settled = settled;
    }

    public int claimSeq() {
        return claimSeq;
    }

    public boolean settled() {
        return settled;
    }
}
