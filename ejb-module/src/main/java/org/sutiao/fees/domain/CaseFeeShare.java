package org.sutiao.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sutiao.cases.domain.Party;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One party's share of a {@link CaseFee} and its payment status. Part of the case-fee aggregate, changed only
 * through it; identity by id.
 */
@Entity
@Table(name = "case_fee_share")
public class CaseFeeShare extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_fee_id", updatable = false)
    private CaseFee caseFee;
    @Column(nullable = false)
    private int seq;
    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id", updatable = false)
    private Party party;
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PaymentStatus status;
    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected CaseFeeShare() {
    }

    CaseFeeShare(CaseFee caseFee, int seq, Party party, BigDecimal amount) {
        this.caseFee = caseFee;
        this.seq = seq;
        this.party = party;
        this.amount = amount;
        this.status = PaymentStatus.UNPAID;
    }

    void changeAmount(BigDecimal amount) {
        this.amount = amount;
    }

    void record(PaymentStatus status, LocalDate paidOn) {
        this.status = status;
        this.paidOn = status == PaymentStatus.PAID ? paidOn : null;
    }

    public int seq() {
        return seq;
    }

    public Party party() {
        return party;
    }

    /** Major units of the fee's currency. */
    public BigDecimal amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    /** Beijing date of payment; null unless PAID. */
    public LocalDate paidOn() {
        return paidOn;
    }
}
