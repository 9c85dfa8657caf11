package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.Money;

/**
 * One mediation claim (调解请求). A non-monetary claim (停止使用商标) has no amount. Part of the
 * {@link MediationCase} aggregate; numbered by {@link #seq()} from 1.
 */
@Entity
@Table(name = "claim")
public class Claim extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false)
    private int seq;
    @Column(name = "claim_text", nullable = false, length = 2000)
    private String text;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 19, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))
    private Money amount;

    protected Claim() {
    }

    Claim(MediationCase mediationCase, int seq, String text, Money amount) {
        this.mediationCase = mediationCase;
        this.seq = seq;
        this.text = text;
        this.amount = amount;
    }

    public int seq() {
        return seq;
    }

    public String text() {
        return text;
    }

    /** The amount claimed, or {@code null} for a non-monetary claim. */
    public Money amount() {
        return amount == null || amount.amount() == null ? null : amount;
    }

    public boolean monetary() {
        return amount() != null;
    }
}
