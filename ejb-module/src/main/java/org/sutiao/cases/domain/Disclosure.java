package org.sutiao.cases.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediator's conflict disclosure before the first session (在线调解规则 Art. 13; 特邀调解规定 Art. 15): no
 * conflict, or a conflict described in words. After a disclosure mediation goes on only if every party agrees;
 * one refusal means the center must replace the mediator. Each answer is kept.
 */
@Entity
@Table(name = "mediator_disclosure")
@NamedQuery(name = "Disclosure.byCase",
        query = "select d from Disclosure d where d.mediationCase = :c order by d.declaredAt desc, d.id desc")
public class Disclosure extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @ManyToOne(optional = false)
    @JoinColumn(name = "mediator_id")
    private Mediator mediator;
    @Column(name = "has_conflict", nullable = false)
    private boolean hasConflict;
    @Column(length = 2000)
    private String details;
    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;
    @OneToMany(mappedBy = "disclosure", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("answeredAt")
    private List<DisclosureAnswer> answers = new ArrayList<>();

    protected Disclosure() {
    }

    Disclosure(MediationCase c, Mediator mediator, boolean hasConflict, String details, Instant declaredAt) {
        this.mediationCase = c;
        this.mediator = mediator;
        this.hasConflict = hasConflict;
        this.details = details;
        this.declaredAt = declaredAt;
    }

    void answer(Party p, boolean agree, Instant at) {
        answers.add(new DisclosureAnswer(this, p, agree, at));
    }

    /** The party's answer, or null when it has not answered. */
    public Boolean answerOf(Party p) {
        return answers.stream().filter(a -> a.party().equals(p)).map(DisclosureAnswer::agree).findFirst().orElse(null);
    }

    /** True when mediation may go on with this mediator: no conflict, or every party agreed. */
    public boolean cleared() {
        return !hasConflict || mediationCase.parties().stream().allMatch(p -> Boolean.TRUE.equals(answerOf(p)));
    }

    /** True when a party refused to go on with the mediator. */
    public boolean refused() {
        return answers.stream().anyMatch(a -> !a.agree());
    }

    public Mediator mediator() {
        return mediator;
    }

    public boolean hasConflict() {
        return hasConflict;
    }

    public String details() {
        return details;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public List<DisclosureAnswer> answers() {
        return List.copyOf(answers);
    }
}
