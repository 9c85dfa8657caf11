package org.sutiao.fees.domain;

import org.sutiao.shared.domain.PlausibleDates;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.sutiao.cases.domain.Claim;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.MoneyPolicy;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.domain.VersionedEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fee of one accepted case (notice 法办〔2024〕623号 §5(4)), computed from the schedule in force on the acceptance
 * date, with each party's share and payment status.
 * <p>
 * Invariants: at most one per case; charged only by a published schedule in the case's currency; the shares always
 * add up exactly to the fee; a paid or waived share keeps its amount. The default split is equal among the
 * parties, the remainder minor unit(s) to the first applicant; the center admin may change it. Under the hourly
 * basis the fee starts at 0 hours (so at the minimum fee) and is recomputed, with the default split, whenever the
 * center records hours, until a share is settled. Optimistic locking by {@link #version()}.
 * <p>
 * Equality: identity (database id).
 */
@Entity
@Table(name = "case_fee")
@NamedQuery(name = "CaseFee.byCase", query = "select f from CaseFee f where f.mediationCase.id = :caseId")
public class CaseFee extends VersionedEntity {
    /** Currency of a case without any amount. */
    public static final String DEFAULT_CURRENCY = "CNY";

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", unique = true, updatable = false)
    private MediationCase mediationCase;
    @ManyToOne(optional = false)
    @JoinColumn(name = "schedule_id", updatable = false)
    private FeeSchedule schedule;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private FeeBasis basis;
    @Column(name = "claim_base", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal claimBase;
    @Column(precision = 7, scale = 2)
    private BigDecimal hours;
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, updatable = false, length = 3)
    private String currency;
    @Column(name = "accepted_on", nullable = false, updatable = false)
    private LocalDate acceptedOn;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;
    @OneToMany(mappedBy = "caseFee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<CaseFeeShare> shares = new ArrayList<>();

    protected CaseFee() {
    }

    private CaseFee(MediationCase c, FeeSchedule s, LocalDate acceptedOn, Instant at) {
        this.mediationCase = c;
        this.schedule = s;
        this.basis = s.basis();
        this.currency = s.currency();
        this.acceptedOn = acceptedOn;
        this.claimBase = FeeCalculator.claimBase(s.currency(), claims(c));
        this.hours = basis == FeeBasis.MEDIATOR_HOURS ? BigDecimal.ZERO.setScale(2) : null;
        compute(at);
    }

    /**
     * Charges an accepted case by the schedule in force on its acceptance date (the caller finds it).
     *
     * @throws FeeCurrencyMismatchException when a claim is in another currency than the schedule
     * @throws IllegalArgumentException     when the schedule is not in force on that date or has no parties to pay
     */
    public static CaseFee charge(MediationCase c, FeeSchedule s, LocalDate acceptedOn, Instant at) {
        if (!s.effectiveOn(acceptedOn) || c.parties().isEmpty()) {
            throw new IllegalArgumentException("schedule " + s.versionNo() + " cannot charge case " + c.id());
        }
        return new CaseFee(c, s, acceptedOn, at);
    }

    /**
     * The currency a case is charged in: that of its first monetary claim, else of its total claim amount, else
     * {@value #DEFAULT_CURRENCY} (a non-monetary dispute is charged the minimum fee of a CNY schedule).
     */
    public static String currencyOf(MediationCase c) {
        return c.claims().stream().map(Claim::amount).filter(Objects::nonNull).map(Money::currency).findFirst()
                .orElse(c.claimAmount() != null ? c.claimAmount().currency() : DEFAULT_CURRENCY);
    }

    /** The monetary amounts of the case's claims (null for a non-monetary claim). */
    public static List<Money> claims(MediationCase c) {
        return c.claims().stream().map(Claim::amount).toList();
    }

    private void compute(Instant at) {
        Money fee = schedule.feeFor(claims(mediationCase), hours);
        this.amount = fee.amount();
        this.computedAt = at;
        defaultSplit(fee);
    }

    private void defaultSplit(Money fee) {
        List<Party> parties = mediationCase.parties();
        int first = 0;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).role() == PartyRole.APPLICANT) {
                first = i;
                break;
            }
        }
        List<BigDecimal> parts = FeeCalculator.split(fee, parties.size(), first);
        if (shares.isEmpty()) {
            for (int i = 0; i < parties.size(); i++) {
                shares.add(new CaseFeeShare(this, i + 1, parties.get(i), parts.get(i)));
            }
        } else {
            for (int i = 0; i < shares.size(); i++) {
                shares.get(i).changeAmount(parts.get(i));
            }
        }
    }

    /**
     * Records the mediator's hours of an hourly-basis case and recomputes the fee and the default split.
     *
     * @param hours 0 to 99999.99, at most 2 decimals
     * @throws InvalidInputException when the hours are invalid ({@code hours})
     * @throws ConflictException     {@code fee.notHourly} when the schedule charges by claim amount;
     *                               {@code fee.sharesSettled} when a share is already paid or waived
     */
    public void recordHours(BigDecimal hours, Instant at) {
        if (basis != FeeBasis.MEDIATOR_HOURS) {
            throw new ConflictException("fee.notHourly");
        }
        FeeCalculator.checkHours(hours);
        if (shares.stream().anyMatch(s -> s.status().settled())) {
            throw new ConflictException("fee.sharesSettled");
        }
        this.hours = hours.setScale(2, RoundingMode.UNNECESSARY);
        compute(at);
    }

    /**
     * Replaces the split. Parties left out pay nothing; a paid or waived share must keep its amount.
     *
     * @throws InvalidInputException naming {@code shares[i].partyId} (unknown or repeated), {@code shares[i].amount}
     *                               (missing, negative, too precise for the currency) or {@code shares}
     *                               ({@code fee.splitSum}: the amounts do not add up exactly to the fee)
     * @throws ConflictException     {@code fee.shareSettled} when a settled share would change
     */
    public void changeSplit(List<ShareAmount> split) {
        List<FieldError> errors = new ArrayList<>();
        List<ShareAmount> input = split == null ? List.of() : split;
        Set<Long> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int digits = FeeCalculator.minorDigits(currency);
        for (int i = 0; i < input.size(); i++) {
            ShareAmount s = input.get(i);
            String at = "shares[" + i + "].";
            if (s == null || s.partyId() == null || share(s.partyId()) == null) {
                errors.add(new FieldError(at + "partyId", "fee.unknownParty", s == null ? null : s.partyId()));
            } else if (!seen.add(s.partyId())) {
                errors.add(new FieldError(at + "partyId", "fee.duplicateParty", s.partyId()));
            }
            BigDecimal a = s == null ? null : s.amount();
            if (a == null) {
                errors.add(new FieldError(at + "amount", "validation.required"));
            } else if (MoneyPolicy.check(at + "amount", a, currency, MoneyPolicy.Sign.ZERO_ALLOWED) != null) {
                errors.add(MoneyPolicy.check(at + "amount", a, currency, MoneyPolicy.Sign.ZERO_ALLOWED));
            } else if (a.stripTrailingZeros().scale() > digits) {
                errors.add(new FieldError(at + "amount", "validation.money.scale", digits));
            } else {
                sum = sum.add(a);
            }
        }
        if (errors.isEmpty() && sum.compareTo(amount) != 0) {
            errors.add(new FieldError("shares", "fee.splitSum", plain(sum), plain(amount), currency));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (CaseFeeShare share : shares) {
            BigDecimal next = input.stream().filter(s -> s.partyId().equals(share.party().id()))
                    .map(ShareAmount::amount).findFirst().orElse(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
            if (share.status().settled() && next.compareTo(share.amount()) != 0) {
                throw new ConflictException("fee.shareSettled", share.party().name());
            }
            share.changeAmount(next);
        }
    }

    /**
     * Records a party's payment: PAID on a date (not in the future), WAIVED, or back to UNPAID (a correction).
     *
     * @param today the Beijing date now
     * @throws NotFoundException     when the party has no share of this fee
     * @throws InvalidInputException when the status is missing ({@code status}), or PAID without a date or with a
     *                               date after today ({@code paidOn})
     */
    public void recordPayment(Long partyId, PaymentStatus status, LocalDate paidOn, LocalDate today) {
        CaseFeeShare share = partyId == null ? null : share(partyId);
        if (share == null) {
            throw new NotFoundException("fee.shareNotFound", partyId);
        }
        if (status == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        if (status == PaymentStatus.PAID && paidOn == null) {
            throw new InvalidInputException("paidOn", "validation.required");
        }
        if (status == PaymentStatus.PAID && paidOn.isAfter(today)) {
            throw new InvalidInputException("paidOn", "fee.dateInFuture");
        }
        if (status == PaymentStatus.PAID && PlausibleDates.past("paidOn", paidOn, today) != null) {
            throw new InvalidInputException(java.util.List.of(PlausibleDates.past("paidOn", paidOn, today)));
        }
        share.record(status, paidOn);
    }

    private CaseFeeShare share(Long partyId) {
        return shares.stream().filter(s -> Objects.equals(s.party().id(), partyId)).findFirst().orElse(null);
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public FeeSchedule schedule() {
        return schedule;
    }

    public FeeBasis basis() {
        return basis;
    }

    /** Total of the monetary claims in the fee's currency (the base of the claim-amount basis). */
    public Money claimBase() {
        return Money.stored(claimBase, currency);
    }

    /** Mediator hours recorded (hourly basis), or null. */
    public BigDecimal hours() {
        return hours;
    }

    public Money amount() {
        return Money.stored(amount, currency);
    }

    public String currency() {
        return currency;
    }

    /** Beijing date of the acceptance, which chose the schedule. */
    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public List<CaseFeeShare> shares() {
        return Collections.unmodifiableList(shares);
    }
}
