package org.sutiao.fees.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One published version of a center's fee schedule in one currency (notice 法办〔2024〕623号 §5(4): the fees are
 * public before any fee is charged).
 * <p>
 * Invariants: immutable once published — no setters, every column {@code updatable = false}; a change is a new
 * version ({@link #versionNo()} + 1 per center and currency) that supersedes it from its own effective date. The
 * schedule in force on a date is the one with the highest {@link #effectiveFrom()} on or before that date, the
 * highest version on a tie ({@link #IN_FORCE_ORDER}). Terms are checked by {@link FeeTerms#validate()} on publish.
 * <p>
 * Equality: identity (database id).
 */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(name = "FeeSchedule.inForce", query = "select s from FeeSchedule s where s.center.code = :centerCode"
        + " and s.currency = :currency and s.effectiveFrom <= :date" + FeeSchedule.IN_FORCE_ORDER)
@NamedQuery(name = "FeeSchedule.byCenter", query = "select s from FeeSchedule s where s.center.code = :centerCode"
        + " order by s.currency, s.versionNo desc", hints = @QueryHint(name = "eclipselink.join-fetch", value = "s.center"))
@NamedQuery(name = "FeeSchedule.all", query = "select s from FeeSchedule s order by s.center.code, s.currency,"
        + " s.versionNo desc", hints = @QueryHint(name = "eclipselink.join-fetch", value = "s.center"))
@NamedQuery(name = "FeeSchedule.lastVersion", query = "select max(s.versionNo) from FeeSchedule s"
        + " where s.center.code = :centerCode and s.currency = :currency")
@NamedQuery(name = "FeeSchedule.byVersion", query = "select s from FeeSchedule s where s.center.code = :centerCode"
        + " and s.currency = :currency and s.versionNo = :versionNo")
@NamedQuery(name = "FeeSchedule.count", query = "select count(s) from FeeSchedule s")
public class FeeSchedule extends IdentifiedEntity {
    /** JPQL order that puts the schedule in force first among those already effective. */
    public static final String IN_FORCE_ORDER = " order by s.effectiveFrom desc, s.versionNo desc";

    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id", updatable = false)
    private MediationCenter center;
    @Column(nullable = false, updatable = false, length = 3)
    private String currency;
    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private FeeBasis basis;
    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;
    @Column(name = "minimum_fee", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal minimumFee;
    @Column(name = "hourly_rate", updatable = false, precision = 19, scale = 2)
    private BigDecimal hourlyRate;
    @Column(updatable = false, length = 500)
    private String notes;
    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, updatable = false, length = 64)
    private String publishedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_bracket", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderColumn(name = "seq")
    private List<FeeBracket> brackets = new ArrayList<>();

    protected FeeSchedule() {
    }

    /**
     * Publishes validated terms as version {@code versionNo} of the center's schedule in the terms' currency.
     *
     * @param versionNo 1 + the center's last version in that currency (the service assigns it under a lock)
     * @throws org.sutiao.shared.domain.InvalidInputException when the terms break a rule of {@link FeeTerms#validate()}
     */
    public FeeSchedule(MediationCenter center, int versionNo, FeeTerms terms, Instant publishedAt, String publishedBy) {
        terms.validate();
        this.center = Objects.requireNonNull(center);
        this.versionNo = versionNo;
        this.currency = terms.currency();
        this.basis = terms.basis();
        this.effectiveFrom = terms.effectiveFrom();
        this.minimumFee = terms.minimumFee().setScale(2);
        this.hourlyRate = terms.hourlyRate() == null ? null : terms.hourlyRate().setScale(2);
        this.notes = terms.notes();
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        List<FeeBracket> in = terms.brackets();
        for (int i = 0; i < in.size(); i++) {
            brackets.add(in.get(i).copy());
        }
    }

    /** The terms as a value, for {@link FeeCalculator}. */
    public FeeTerms terms() {
        return new FeeTerms(currency, basis, effectiveFrom, minimumFee, hourlyRate, brackets, notes);
    }

    /** The fee of a case under this schedule; see {@link FeeCalculator}. */
    public Money feeFor(List<Money> claims, BigDecimal hours) {
        return basis == FeeBasis.MEDIATOR_HOURS ? FeeCalculator.byHours(terms(), hours)
                : FeeCalculator.byClaims(terms(), claims);
    }

    /** True when it has taken effect by {@code date} (it may still be superseded by a later version). */
    public boolean effectiveOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }

    public MediationCenter center() {
        return center;
    }

    public String currency() {
        return currency;
    }

    public int versionNo() {
        return versionNo;
    }

    public FeeBasis basis() {
        return basis;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Money minimumFee() {
        return Money.stored(minimumFee, currency);
    }

    /** Fee per mediator hour, or null for the claim-amount basis. */
    public Money hourlyRate() {
        return hourlyRate == null ? null : Money.stored(hourlyRate, currency);
    }

    public String notes() {
        return notes;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<FeeBracket> brackets() {
        return Collections.unmodifiableList(brackets);
    }
}
