package org.sutiao.fees.domain;

import org.sutiao.shared.domain.PlausibleDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A government subsidy granted for one case (notice 法办〔2024〕623号 §5(4): subsidies are recorded), kept for
 * statistics per center and year. Recorded once, never edited, except its copy of the case's center (the column
 * {@code center_id}, for the statistics without a join to a million cases), which follows the case when a court
 * refers it again ({@link #followCase}). Equality: identity (database id).
 */
@Entity
@Table(name = "case_subsidy")
@NamedQuery(name = "CaseSubsidy.toFollow", query = "select s from CaseSubsidy s"
        + " where s.mediationCase.id = :caseId and s.center <> :center order by s.id")
@NamedQuery(name = "CaseSubsidy.byCase",
        query = "select s from CaseSubsidy s where s.mediationCase.id = :caseId order by s.grantedOn, s.id")
public class CaseSubsidy extends IdentifiedEntity {
    /** Longest source text, characters. */
    public static final int MAX_SOURCE = 200;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private MediationCase mediationCase;
    /** The case's center, kept equal to {@code mediationCase.center} (see the class's description). */
    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id", nullable = false)
    private MediationCenter center;
    @Embedded
    private Money amount;
    @Column(nullable = false, updatable = false, length = MAX_SOURCE)
    private String source;
    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseSubsidy() {
    }

    /**
     * @param amount    more than zero
     * @param source    who grants it ({@code 北京市朝阳区财政局}), 1 to 200 characters
     * @param grantedOn Beijing date of the grant, not after {@code today}
     * @throws InvalidInputException naming {@code amount}, {@code source} or {@code grantedOn}
     */
    public CaseSubsidy(MediationCase mediationCase, Money amount, String source, LocalDate grantedOn,
                       LocalDate today, Instant recordedAt, String recordedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (amount == null) {
            errors.add(new FieldError("amount", "validation.required"));
        } else if (amount.amount().signum() <= 0) {
            errors.add(new FieldError("amount", "fee.subsidyPositive"));
        }
        if (source == null || source.isBlank() || source.strip().length() > MAX_SOURCE) {
            errors.add(FieldError.text("source", source, MAX_SOURCE));
        }
        if (grantedOn == null) {
            errors.add(new FieldError("grantedOn", "validation.required"));
        } else if (grantedOn.isAfter(today)) {
            errors.add(new FieldError("grantedOn", "fee.dateInFuture"));
        } else if (PlausibleDates.past("grantedOn", grantedOn, today) != null) {
            errors.add(PlausibleDates.past("grantedOn", grantedOn, today));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.mediationCase = Objects.requireNonNull(mediationCase);
        this.center = mediationCase.center();
        this.amount = amount;
        this.source = source.strip();
        this.grantedOn = grantedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Counts the subsidy for {@code caseCenter}, the case's center after a court referred it again. */
    public void followCase(MediationCenter caseCenter) {
        this.center = Objects.requireNonNull(caseCenter);
    }

    /** The id of the center the subsidy is counted for. */
    public Long centerId() {
        return center.id();
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public Money amount() {
        return amount;
    }

    public String source() {
        return source;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
