package org.sutiao.cases.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An extension of the mediation period proposed by the mediator (notice §4(4)3: longer when all parties agree): the
 * new due date and the reason; it takes effect only when every party has consented, online or by a written consent
 * the mediator uploads. Each consent is kept.
 */
@Entity
@Table(name = "case_extension")
@NamedQuery(name = "Extension.byCase",
        query = "select e from Extension e where e.mediationCase = :c order by e.proposedAt, e.id")
public class Extension extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(name = "new_due_date", nullable = false)
    private LocalDate newDueDate;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExtensionStatus status;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "effective_at")
    private Instant effectiveAt;
    @OneToMany(mappedBy = "extension", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("consentedAt")
    private List<ExtensionConsent> consents = new ArrayList<>();

    protected Extension() {
    }

    Extension(MediationCase c, LocalDate newDueDate, String reason, Instant proposedAt) {
        this.mediationCase = c;
        this.newDueDate = newDueDate;
        this.reason = reason;
        this.status = ExtensionStatus.PROPOSED;
        this.proposedAt = proposedAt;
    }

    /** Adds a party's consent; true when it was the last one missing (the extension takes effect). */
    boolean consent(Party party, boolean written, Long materialId, Instant at, String recordedBy) {
        consents.add(new ExtensionConsent(this, party, written, materialId, at, recordedBy));
        boolean all = mediationCase.parties().stream().allMatch(this::hasConsentOf);
        if (all) {
            status = ExtensionStatus.EFFECTIVE;
            effectiveAt = at;
        }
        return all;
    }

    void lapse() {
        if (status == ExtensionStatus.PROPOSED) {
            status = ExtensionStatus.LAPSED;
        }
    }

    /** True when {@code p} consented. */
    public boolean hasConsentOf(Party p) {
        return consents.stream().anyMatch(c -> c.party().equals(p));
    }

    /** The value for the period arithmetic (only for an effective extension). */
    public MediationPeriod.Extension inEffect() {
        return new MediationPeriod.Extension(newDueDate, effectiveAt);
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public LocalDate newDueDate() {
        return newDueDate;
    }

    public String reason() {
        return reason;
    }

    public ExtensionStatus status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public List<ExtensionConsent> consents() {
        return List.copyOf(consents);
    }
}
