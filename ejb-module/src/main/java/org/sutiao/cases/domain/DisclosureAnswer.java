package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/** A party's answer to a disclosed conflict: go on with the mediator, or not. */
@Entity
@Table(name = "disclosure_answer")
public class DisclosureAnswer extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disclosure_id")
    private Disclosure disclosure;
    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    private Party party;
    @Column(nullable = false)
    private boolean agree;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected DisclosureAnswer() {
    }

    DisclosureAnswer(Disclosure disclosure, Party party, boolean agree, Instant answeredAt) {
        this.disclosure = disclosure;
        this.party = party;
        this.agree = agree;
        this.answeredAt = answeredAt;
    }

    public Party party() {
        return party;
    }

    public boolean agree() {
        return agree;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
