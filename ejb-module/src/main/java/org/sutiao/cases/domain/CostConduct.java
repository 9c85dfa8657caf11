package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of conduct that increased the other parties' litigation costs (在线调解规则 Art. 21), naming the party
 * (by its id in the case) and describing what it did.
 */
@Embeddable
public class CostConduct {
    @Column(name = "party_id", nullable = false)
    private Long partyId;
    @Column(nullable = false, length = 2000)
    private String description;

    protected CostConduct() {
    }

    public CostConduct(Long partyId, String description) {
        this.partyId = partyId;
        this.description = description;
    }

    public Long partyId() {
        return partyId;
    }

    public String description() {
        return description;
    }
}
