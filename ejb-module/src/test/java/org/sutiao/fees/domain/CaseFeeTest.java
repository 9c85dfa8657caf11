package org.sutiao.fees.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.CaseParticulars;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyDetails;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.NotFoundException;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A case's fee: charged by the schedule in force, split equally with the remainder to the first applicant (even
 * when the applicant is not the first party), a new split that must add up exactly, payments, hours.
 */
class CaseFeeTest {
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", null, null);
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private MediationCase c;
    private Party respondent;
    private Party applicant;
    private Party third;

    @BeforeEach
    void referCase() throws ReflectiveOperationException {
        Court court = new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京", null, "京0105");
        c = MediationCase.referByCourt(ReferralKind.DELEGATED, court, "(2026)京0105民诉前调1号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实", AT.minusSeconds(86_400)),
                BJ, AT.minusSeconds(3600), new DueDate(LocalDate.of(2026, 3, 5), false), new Actor("c", "c"));
        respondent = c.addParty(party(PartyRole.RESPONDENT, "王某"));
        applicant = c.addParty(party(PartyRole.APPLICANT, "甲公司"));
        third = c.addParty(party(PartyRole.THIRD_PARTY, "乙公司"));
        c.addClaim("支付货款", Money.of("452000.00", "CNY"));
        c.addClaim("停止使用商标", null);
        setId(respondent, 11L);
        setId(applicant, 12L);
        setId(third, 13L);
    }

    private static PartyDetails party(PartyRole role, String name) {
        return new PartyDetails(role, PartyType.LEGAL_PERSON, name, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static void setId(IdentifiedEntity e, Long id) throws ReflectiveOperationException {
        Field f = IdentifiedEntity.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(e, id);
    }

    private static FeeSchedule schedule(FeeTerms terms) {
        return new FeeSchedule(BJ, 1, terms, AT.minusSeconds(86_400 * 400L), "system");
    }

    private static List<String> shares(CaseFee fee) {
        return fee.shares().stream().map(s -> s.party().name() + " " + s.amount().toPlainString()).toList();
    }

    @Test
    void chargedByTheScheduleAndSplitEquallyWithTheRemainderToTheFirstApplicant() {
        CaseFee fee = CaseFee.charge(c, schedule(FeeCalculatorTest.CNY), ON, AT);
        assertEquals(Money.of("7280.00", "CNY"), fee.amount());
        assertEquals(Money.of("452000.00", "CNY"), fee.claimBase());
        assertNull(fee.hours());
        assertEquals(List.of("王某 2426.66", "甲公司 2426.68", "乙公司 2426.66"), shares(fee));
        assertEquals("CNY", CaseFee.currencyOf(c));
    }

    @Test
    void aScheduleNotYetInForceCannotCharge() {
        FeeTerms later = new FeeTerms("CNY", FeeBasis.AMOUNT_BRACKETS, ON.plusDays(1), BigDecimal.TEN, null,
                FeeCalculatorTest.CNY.brackets(), null);
        assertThrows(IllegalArgumentException.class, () -> CaseFee.charge(c, schedule(later), ON, AT));
    }

    @Test
    void aNewSplitMustAddUpExactlyToTheFee() {
        CaseFee fee = CaseFee.charge(c, schedule(FeeCalculatorTest.CNY), ON, AT);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> fee.changeSplit(List.of(
                new ShareAmount(11L, new BigDecimal("3640.00")), new ShareAmount(12L, new BigDecimal("3639.99")))));
        assertEquals("shares", e.fieldErrors().get(0).field());
        assertEquals("fee.splitSum", e.fieldErrors().get(0).messageKey());
        assertEquals("shares[1].partyId", assertThrows(InvalidInputException.class, () -> fee.changeSplit(List.of(
                new ShareAmount(11L, new BigDecimal("3640")), new ShareAmount(99L, new BigDecimal("3640")))))
                .fieldErrors().get(0).field(), "not a party of the case");
        assertEquals("shares[0].amount", assertThrows(InvalidInputException.class, () -> fee.changeSplit(List.of(
                new ShareAmount(11L, new BigDecimal("7279.995")), new ShareAmount(12L, new BigDecimal("0.005")))))
                .fieldErrors().get(0).field(), "more precise than the cent");

        fee.changeSplit(List.of(new ShareAmount(12L, new BigDecimal("7280")), new ShareAmount(11L, BigDecimal.ZERO)));
        assertEquals(List.of("王某 0.00", "甲公司 7280.00", "乙公司 0.00"), shares(fee), "left out: pays nothing");
    }

    @Test
    void paymentsAreRecordedAndASettledShareKeepsItsAmount() {
        CaseFee fee = CaseFee.charge(c, schedule(FeeCalculatorTest.CNY), ON, AT);
        assertEquals("paidOn", assertThrows(InvalidInputException.class,
                () -> fee.recordPayment(12L, PaymentStatus.PAID, null, TODAY)).fieldErrors().get(0).field());
        assertEquals("fee.dateInFuture", assertThrows(InvalidInputException.class,
                () -> fee.recordPayment(12L, PaymentStatus.PAID, TODAY.plusDays(1), TODAY)).fieldErrors().get(0)
                .messageKey());
        assertThrows(NotFoundException.class, () -> fee.recordPayment(99L, PaymentStatus.PAID, TODAY, TODAY));

        fee.recordPayment(12L, PaymentStatus.PAID, TODAY, TODAY);
        fee.recordPayment(13L, PaymentStatus.WAIVED, TODAY, TODAY);
        assertEquals(PaymentStatus.PAID, fee.shares().get(1).status());
        assertEquals(TODAY, fee.shares().get(1).paidOn());
        assertNull(fee.shares().get(2).paidOn(), "a waiver has no payment date");
        assertEquals("fee.shareSettled", assertThrows(ConflictException.class, () -> fee.changeSplit(List.of(
                new ShareAmount(11L, new BigDecimal("4853.32")), new ShareAmount(12L, new BigDecimal("2426.68")))))
                .code());
        fee.changeSplit(List.of(new ShareAmount(11L, new BigDecimal("2426.66")),
                new ShareAmount(12L, new BigDecimal("2426.68")), new ShareAmount(13L, new BigDecimal("2426.66"))));
    }

    @Test
    void hourlyFeesStartAtTheMinimumAndFollowTheRecordedHours() {
        FeeTerms hourly = new FeeTerms("CNY", FeeBasis.MEDIATOR_HOURS, LocalDate.of(2024, 1, 1), new BigDecimal("2000"),
                new BigDecimal("800"), List.of(), null);
        CaseFee fee = CaseFee.charge(c, schedule(hourly), ON, AT);
        assertEquals(Money.of("2000.00", "CNY"), fee.amount());
        assertEquals(0, fee.hours().signum());
        fee.recordHours(new BigDecimal("4.5"), AT.plusSeconds(60));
        assertEquals(Money.of("3600.00", "CNY"), fee.amount());
        assertEquals(List.of("王某 1200.00", "甲公司 1200.00", "乙公司 1200.00"), shares(fee));
        fee.recordPayment(11L, PaymentStatus.PAID, TODAY, TODAY);
        assertEquals("fee.sharesSettled", assertThrows(ConflictException.class,
                () -> fee.recordHours(new BigDecimal("5"), AT)).code());

        CaseFee byAmount = CaseFee.charge(c, schedule(FeeCalculatorTest.CNY), ON, AT);
        assertEquals("fee.notHourly", assertThrows(ConflictException.class,
                () -> byAmount.recordHours(BigDecimal.ONE, AT)).code());
    }

    @Test
    void claimsInAnotherCurrencyAreNotCharged() {
        c.addClaim("违约金", Money.of("1000.00", "USD"));
        assertThrows(FeeCurrencyMismatchException.class,
                () -> CaseFee.charge(c, schedule(FeeCalculatorTest.CNY), ON, AT));
    }
}
