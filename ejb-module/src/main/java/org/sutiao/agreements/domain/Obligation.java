package org.sutiao.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One obligation of the agreement: who owes whom what (an amount in a currency, or a non-monetary act), by when and
 * how; and, once it is done, when and with what evidence (voluntary performance, notice §4(4)5).
 */
@Embeddable
public class Obligation {
    @Column(nullable = false)
    private int seq;
    @Column(name = "obligor_party_id", nullable = false)
    private Long obligorPartyId;
    @Column(name = "obligee_party_id", nullable = false)
    private Long obligeePartyId;
    @Column(nullable = false, length = 1000)
    private String description;
    @Column(precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(length = 3)
    private String currency;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(length = 200)
    private String method;
    @Column(name = "performed_on")
    private LocalDate performedOn;
    @Column(length = 1000)
    private String evidence;
    @Column(name = "performed_by", length = 64)
    private String performedBy;

    protected Obligation() {
    }

    /**
     * @param amount   major units, or null for a non-monetary obligation (then {@code currency} is null too)
     * @param method   how it is performed (bank transfer, delivery …), or null
     */
    public Obligation(int seq, Long obligorPartyId, Long obligeePartyId, String description, BigDecimal amount,
                      String currency, LocalDate dueDate, String method) {
        this.seq = seq;
        this.obligorPartyId = obligorPartyId;
        this.obligeePartyId = obligeePartyId;
        this.description = description;
        this.amount = amount;
        this.currency = currency;
        this.dueDate = dueDate;
        this.method = method;
    }

    void perform(LocalDate on, String evidence, String by) {
        this.performedOn = on;
        this.evidence = evidence;
        this.performedBy = by;
    }

    public boolean performed() {
        return performedOn != null;
    }

    public int seq() {
        return seq;
    }

    public Long obligorPartyId() {
        return obligorPartyId;
    }

    public Long obligeePartyId() {
        return obligeePartyId;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String method() {
        return method;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public String evidence() {
        return evidence;
    }

    public String performedBy() {
        return performedBy;
    }
}
