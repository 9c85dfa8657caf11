package org.sutiao.fees.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.application.CaseAccess;
import org.sutiao.cases.application.CasePart;
import org.sutiao.cases.application.CaseRead;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.cases.domain.CaseAccepted;
import org.sutiao.cases.domain.CaseReReferred;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.fees.domain.CaseFee;
import org.sutiao.fees.domain.CaseFeeShare;
import org.sutiao.fees.domain.CaseSubsidy;
import org.sutiao.fees.domain.FeeCurrencyMismatchException;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.fees.domain.PaymentStatus;
import org.sutiao.fees.domain.ShareAmount;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.roster.domain.MediationCenter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A case's fee and subsidies (notice 法办〔2024〕623号 §5(4)). When a center accepts a case, its fee is computed from
 * the center's schedule in force on the acceptance date in the case's currency and split equally between the
 * parties; a center without such a schedule cannot charge it (nothing is recorded and the acceptance goes on). The
 * case's center admin changes the split, records payments, mediator hours (hourly basis) and government subsidies;
 * everyone in the case's scope reads it (outside the scope: 404). HQ reads subsidy statistics.
 */
@Stateless
@Audited
public class CaseFeeService {
    private static final Logger LOG = Logger.getLogger(CaseFeeService.class.getName());

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    Clock clock;
    @Inject
    SubsidySummary summary;
    @Resource
    SessionContext session;

    /**
     * Keeps the subsidies' copy of the case's center (for {@link #subsidyStatistics}) equal to the case's center when
     * a court refers the case again, and moves their amounts in the statistics ({@link SubsidySummary}) from the
     * center they were counted for to the new one; in the referral's transaction. The subsidies that move are locked
     * first ({@code FOR UPDATE}), so exactly those rows are moved and counted.
     */
    @PermitAll
    public void onCaseReReferred(@Observes CaseReReferred event) {
        MediationCenter center = em.getReference(MediationCenter.class, event.centerId());
        List<CaseSubsidy> moving = em.createNamedQuery("CaseSubsidy.toFollow", CaseSubsidy.class)
                .setParameter("center", center).setParameter("caseId", event.caseId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (moving.isEmpty()) {
            return;
        }
        List<SubsidySummary.Delta> deltas = new ArrayList<>();
        for (CaseSubsidy s : moving) {
            deltas.add(new SubsidySummary.Delta(s.centerId(), s.grantedOn().getYear(), s.amount().currency(),
                    s.amount().amount().negate(), -1));
            deltas.add(new SubsidySummary.Delta(event.centerId(), s.grantedOn().getYear(), s.amount().currency(),
                    s.amount().amount(), 1));
            s.followCase(center);
        }
        summary.add(deltas);
    }

    /**
     * Records the fee of a case just accepted, in the acceptance's transaction. Business reasons not to charge (no
     * schedule in force for the case's currency on the acceptance date, a claim in another currency) record
     * nothing and never fail the acceptance; {@link #statement} explains them.
     */
    @PermitAll
    public void onCaseAccepted(@Observes CaseAccepted event) {
        MediationCase c = em.find(MediationCase.class, event.caseId());
        if (c == null || c.parties().isEmpty() || fee(c.id()).isPresent()) {
            return;
        }
        Optional<FeeSchedule> schedule = inForce(c, event.acceptedOn());
        if (schedule.isEmpty()) {
            LOG.info(() -> "Case " + c.caseNumber() + " accepted without a fee schedule in force: not charged");
            return;
        }
        try {
            em.persist(CaseFee.charge(c, schedule.get(), event.acceptedOn(), clock.instant()));
        } catch (FeeCurrencyMismatchException e) {
            LOG.info(() -> "Case " + c.caseNumber() + " not charged: " + e.getMessage());
        }
    }

    /**
     * The case's fee, or why there is none, and its subsidies.
     *
     * @throws NotFoundException when the case does not exist or lies outside the caller's scope
     */
    @PermitAll
    public FeeStatement statement(Long caseId) {
        CaseRead read = access.read(caller(), caseId, CasePart.FEE);
        return statement(read.mediationCase(), read.full());
    }

    /**
     * Replaces the split of the fee between the parties; the amounts must add up exactly to the fee.
     *
     * @param expectedVersion the fee version the split was entered on, or null
     * @throws NotFoundException     when the case is not the caller center's
     * @throws InvalidInputException when a party is unknown or repeated, an amount invalid, or the sum wrong
     * @throws ConflictException     when the case has no fee, the version is stale, or a settled share would change
     */
    @RolesAllowed(Role.CENTER)
    public FeeStatement changeSplit(Long caseId, List<ShareAmount> shares, Long expectedVersion) {
        CaseFee fee = feeForChange(caseId, expectedVersion);
        fee.changeSplit(shares);
        return flushed(fee);
    }

    /**
     * Records one party's payment: PAID with the date (not in the future), WAIVED, or UNPAID again.
     *
     * @throws NotFoundException     when the case is not the caller center's, or the party has no share
     * @throws InvalidInputException when the status or the date is missing or wrong
     * @throws ConflictException     when the case has no fee or the version is stale
     */
    @RolesAllowed(Role.CENTER)
    public FeeStatement recordPayment(Long caseId, Long partyId, PaymentStatus status, LocalDate paidOn,
                                      Long expectedVersion) {
        CaseFee fee = feeForChange(caseId, expectedVersion);
        fee.recordPayment(partyId, status, paidOn, today());
        return flushed(fee);
    }

    /**
     * Records the mediator's hours of an hourly-basis case; the fee and the default split are recomputed.
     *
     * @param hours 0 to 99999.99, at most 2 decimals
     * @throws InvalidInputException when the hours are invalid
     * @throws ConflictException     when the case has no fee, is charged by claim amount, a share is settled, or
     *                               the version is stale
     */
    @RolesAllowed(Role.CENTER)
    public FeeStatement recordHours(Long caseId, BigDecimal hours, Long expectedVersion) {
        CaseFee fee = feeForChange(caseId, expectedVersion);
        fee.recordHours(hours, clock.instant());
        return flushed(fee);
    }

    /**
     * Records a government subsidy for a case of the caller's center (for statistics, notice §5(4)); possible
     * whether or not the case is charged.
     *
     * @param amount more than zero, in the currency of the case's fee (or, before a fee, of its claims: issue 9 §4)
     * @throws NotFoundException     when the case is not the caller center's
     * @throws InvalidInputException when the amount, its currency ({@code amount.currency}), the source (1–200
     *                               characters) or the date (not in the future) is wrong
     */
    @RolesAllowed(Role.CENTER)
    public FeeStatement recordSubsidy(Long caseId, Money amount, String source, LocalDate grantedOn) {
        Caller caller = caller();
        MediationCase c = cases.inScope(caseId, CaseScope.of(caller));
        String currency = fee(c.id()).map(CaseFee::currency).orElseGet(() -> CaseFee.currencyOf(c));
        if (amount != null && currency != null && !currency.equals(amount.currency())) {
            throw new InvalidInputException("amount.currency", "fee.subsidyCurrency", currency);
        }
        CaseSubsidy subsidy = new CaseSubsidy(c, amount, source, grantedOn, today(), clock.instant(),
                caller.username());
        em.persist(subsidy);
        summary.add(List.of(new SubsidySummary.Delta(c.center().id(), subsidy.grantedOn().getYear(),
                amount.currency(), amount.amount(), 1)));
        em.flush();
        return statement(c, true);
    }

    /**
     * Subsidies per center, calendar year (of the grant date) and currency; newest year first within a center. Read
     * from the statistics kept on write ({@link SubsidySummary}, a few rows per center: ~1 ms at 1,000,000 cases
     * instead of grouping every subsidy), or with {@code recount} computed from the subsidies themselves (one scan of
     * them, for checking the kept figures; at 1,000,000 cases and 95,000 subsidies ~40–140 ms in PostgreSQL).
     */
    @RolesAllowed(Role.HQ)
    public List<SubsidyStatistic> subsidyStatistics(boolean recount) {
        List<SubsidyStatistic> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(recount ? SubsidySummary.RECOUNT_SQL : SubsidySummary.READ_SQL)
                .getResultList()) {
            Object[] r = (Object[]) row;
            String currency = (String) r[3];
            out.add(new SubsidyStatistic((String) r[0], (String) r[1], ((Number) r[2]).intValue(), currency,
                    Money.stored(decimal(r[4]), currency), ((Number) r[5]).longValue()));
        }
        out.sort(Comparator.comparing(SubsidyStatistic::centerCode)
                .thenComparing(SubsidyStatistic::year, Comparator.reverseOrder())
                .thenComparing(SubsidyStatistic::currency));
        return out;
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    private CaseFee feeForChange(Long caseId, Long expectedVersion) {
        MediationCase c = cases.inScope(caseId, CaseScope.of(caller()));
        CaseFee fee = fee(c.id()).orElseThrow(() -> {
            FeeStatement.Reason r = whyNotCharged(c);
            return new ConflictException(r.code(), r.argArray());
        });
        if (expectedVersion != null && expectedVersion != fee.version()) {
            throw new ConflictException("fee.staleVersion", c.caseNumber());
        }
        // A change of the shares alone leaves the case_fee row as it is: count it as a change of the fee.
        em.lock(fee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return fee;
    }

    private FeeStatement flushed(CaseFee fee) {
        em.flush();
        return statement(fee.mediationCase(), true);
    }

    private FeeStatement statement(MediationCase c, boolean fullDetail) {
        List<FeeStatement.Subsidy> subsidies = em.createNamedQuery("CaseSubsidy.byCase", CaseSubsidy.class)
                .setParameter("caseId", c.id()).getResultStream()
                .map(s -> new FeeStatement.Subsidy(s.id(), s.amount(), fullDetail ? s.source() : null, s.grantedOn(),
                        fullDetail ? s.recordedBy() : null, s.recordedAt())).toList();
        Optional<CaseFee> fee = fee(c.id());
        if (fee.isEmpty()) {
            return new FeeStatement(c.id(), c.caseNumber(), c.center().code(), c.center().name(), null,
                    whyNotCharged(c), subsidies);
        }
        CaseFee f = fee.get();
        List<FeeStatement.Share> shares = fullDetail ? f.shares().stream().map(sh -> share(sh, f.currency()))
                .toList() : List.of();
        FeeSchedule s = f.schedule();
        return new FeeStatement(c.id(), c.caseNumber(), s.center().code(), s.center().name(),
                new FeeStatement.Fee(f.version(), f.basis(), f.currency(), s.versionNo(), s.effectiveFrom(),
                        f.acceptedOn(), f.claimBase(), f.hours(), s.hourlyRate(), s.minimumFee(), f.amount(),
                        f.computedAt(), shares), null, subsidies);
    }

    private static FeeStatement.Share share(CaseFeeShare s, String currency) {
        return new FeeStatement.Share(s.party().id(), s.seq(), s.party().role(), s.party().name(),
                Money.stored(s.amount(), currency), s.status(), s.paidOn());
    }

    /** Why an uncharged case has no fee, worked out again from the schedules and its claims. */
    private FeeStatement.Reason whyNotCharged(MediationCase c) {
        if (c.acceptedAt() == null) {
            return new FeeStatement.Reason("fee.notYetAccepted", List.of());
        }
        LocalDate acceptedOn = BusinessTime.dateOf(c.acceptedAt());
        String currency = CaseFee.currencyOf(c);
        Optional<FeeSchedule> schedule = inForce(c, acceptedOn);
        if (schedule.isEmpty()) {
            return new FeeStatement.Reason("fee.noSchedule", List.of(c.center().name(), currency,
                    acceptedOn.toString()));
        }
        for (Money m : CaseFee.claims(c)) {
            if (m != null && !m.currency().equals(currency)) {
                return new FeeStatement.Reason("fee.currencyMismatch", List.of(m.currency(), currency));
            }
        }
        return new FeeStatement.Reason("fee.notRecorded", List.of(acceptedOn.toString()));
    }

    private Optional<FeeSchedule> inForce(MediationCase c, LocalDate date) {
        return em.createNamedQuery("FeeSchedule.inForce", FeeSchedule.class)
                .setParameter("centerCode", c.center().code()).setParameter("currency", CaseFee.currencyOf(c))
                .setParameter("date", date).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<CaseFee> fee(Long caseId) {
        return em.createNamedQuery("CaseFee.byCase", CaseFee.class).setParameter("caseId", caseId)
                .getResultStream().findFirst();
    }

    private LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
