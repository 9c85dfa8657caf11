package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * A relationship a mediator declared that could create a conflict of interest (在线调解规则 Art. 13; 特邀调解规定
 * Art. 15): a company (with its unified social credit code where known) or a person (with an ID number where known),
 * and the relation (e.g. 曾任法律顾问, 持股, 近亲属). Withdrawn, never deleted.
 */
@Entity
@Table(name = "mediator_relationship")
@NamedQuery(name = "MediatorRelationship.byMediator",
        query = "select r from MediatorRelationship r where r.mediator = :mediator order by r.withdrawnAt, r.declaredAt desc")
public class MediatorRelationship extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Enumerated(EnumType.STRING)
    @Column(name = "counterpart_type", nullable = false, length = 20)
    private CounterpartType counterpartType;
    @Column(name = "counterpart_name", nullable = false, length = 200)
    private String counterpartName;
    @Column(name = "counterpart_code", length = 30)
    private String counterpartCode;
    @Column(nullable = false, length = 200)
    private String relation;
    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;
    @Column(name = "declared_by", nullable = false, length = 64)
    private String declaredBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected MediatorRelationship() {
    }

    /** @param counterpartCode credit code of a company or ID number of a person, or null when unknown */
    public MediatorRelationship(Mediator mediator, CounterpartType type, String name, String counterpartCode,
                                String relation, Instant declaredAt, String declaredBy) {
        this.mediator = mediator;
        this.counterpartType = type;
        this.counterpartName = name;
        this.counterpartCode = counterpartCode;
        this.relation = relation;
        this.declaredAt = declaredAt;
        this.declaredBy = declaredBy;
    }

    /**
     * Ends the relationship (it no longer creates a conflict).
     *
     * @throws ConflictException when already withdrawn
     */
    public void withdraw(Instant at) {
        if (withdrawnAt != null) {
            throw new ConflictException("relationship.withdrawn");
        }
        this.withdrawnAt = at;
    }

    public boolean isCurrent() {
        return withdrawnAt == null;
    }

    public Mediator mediator() {
        return mediator;
    }

    public CounterpartType counterpartType() {
        return counterpartType;
    }

    public String counterpartName() {
        return counterpartName;
    }

    public String counterpartCode() {
        return counterpartCode;
    }

    public String relation() {
        return relation;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
