package org.sutiao.fees.rest;

import org.sutiao.cases.rest.MoneyJson;
import org.sutiao.fees.application.CenterFees;
import org.sutiao.fees.application.FeeStatement;
import org.sutiao.fees.application.SubsidyStatistic;
import org.sutiao.fees.domain.FeeBracket;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.MoneyAmount;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.PlainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The fee API's wire types (records, never entities). Money is {@code {"amount":"7280.00","currency":"CNY"}};
 * other amounts are decimal strings in major units of the schedule's currency; rates are percent strings
 * ({@code "1.5"} = 1.5 %); dates ISO ({@code 2027-01-01}), instants ISO-8601 UTC.
 */
public final class FeeJson {
    private FeeJson() {
    }

    /** {@code GET /fees}: every center's published fees as of a Beijing date. */
    public record Listing(LocalDate asOf, List<CenterJson> centers) {
    }

    /** A center with its schedules per currency (empty when it has published none). */
    public record CenterJson(String code, String name, List<CurrencyJson> schedules) {
        static CenterJson of(CenterFees f) {
            return new CenterJson(f.centerCode(), f.centerName(), f.currencies().stream().map(c -> new CurrencyJson(
                    c.currency(), c.inForce() == null ? null : ScheduleJson.of(c.inForce(), c),
                    c.history().stream().map(s -> ScheduleJson.of(s, c)).toList())).toList());
        }
    }

    /**
     * One currency of a center.
     *
     * @param inForce the version charging today, or null
     * @param history every version, newest first
     */
    public record CurrencyJson(String currency, ScheduleJson inForce, List<ScheduleJson> history) {
    }

    /**
     * One published version.
     *
     * @param status      IN_FORCE, SCHEDULED (effective date to come) or SUPERSEDED
     * @param hourlyRate  per mediator hour (MEDIATOR_HOURS), else null
     * @param brackets    AMOUNT_BRACKETS: in order from 0, the last one's {@code upperBound} null when open
     */
    public record ScheduleJson(String centerCode, String currency, int version, String basis, LocalDate effectiveFrom,
                               MoneyJson minimumFee, MoneyJson hourlyRate, List<BracketJson> brackets, String notes,
                               Instant publishedAt, String status) {
        static ScheduleJson of(FeeSchedule s, CenterFees.CurrencyFees context) {
            return new ScheduleJson(s.center().code(), s.currency(), s.versionNo(), s.basis().name(),
                    s.effectiveFrom(), money(s.minimumFee()), money(s.hourlyRate()),
                    s.brackets().stream().map(BracketJson::of).toList(), s.notes(), s.publishedAt(),
                    context == null ? null : context.status(s).name());
        }
    }

    /** A bracket: the part of the claim amount within {@code [lowerBound, upperBound)} is charged at the rate. */
    public record BracketJson(@MoneyAmount String lowerBound, @MoneyAmount String upperBound, String ratePercent) {
        static BracketJson of(FeeBracket b) {
            return new BracketJson(b.lowerBound().setScale(2).toPlainString(),
                    b.upperBound() == null ? null : b.upperBound().setScale(2).toPlainString(),
                    b.ratePercent().stripTrailingZeros().toPlainString());
        }
    }

    /** Body of {@code POST /centers/{centerCode}/fee-schedules}. */
    public record PublishRequest(String currency, String basis, String effectiveFrom, @MoneyAmount String minimumFee,
                                 @MoneyAmount String hourlyRate, List<BracketJson> brackets,
                                 @PlainText(multiline = true) String notes) {
    }

    /**
     * A case's fee ({@code GET /cases/{id}/fee}).
     *
     * @param chargeable false when the case has no fee; {@code notCharged} says why
     */
    public record StatementJson(Long caseId, String caseNumber, String centerCode, String centerName,
                                boolean chargeable, ReasonJson notCharged, CaseFeeJson fee,
                                List<SubsidyJson> subsidies) {
        static StatementJson of(FeeStatement s, Locale locale) {
            FeeStatement.Fee f = s.fee();
            return new StatementJson(s.caseId(), s.caseNumber(), s.centerCode(), s.centerName(), s.chargeable(),
                    s.notCharged() == null ? null : new ReasonJson(s.notCharged().code(),
                            Messages.get(locale, s.notCharged().code(), s.notCharged().argArray())),
                    f == null ? null : new CaseFeeJson(f.version(), f.basis().name(), f.currency(), f.scheduleVersion(),
                            f.scheduleEffectiveFrom(), f.acceptedOn(), money(f.claimBase()),
                            f.hours() == null ? null : f.hours().toPlainString(), money(f.hourlyRate()),
                            money(f.minimumFee()), money(f.amount()), f.computedAt(),
                            f.shares().stream().map(sh -> new ShareJson(sh.partyId(), sh.seq(), sh.role().name(),
                                    sh.partyName(), money(sh.amount()), sh.status().name(), sh.paidOn())).toList()),
                    s.subsidies().stream().map(x -> new SubsidyJson(x.id(), money(x.amount()), x.source(),
                            x.grantedOn(), x.recordedBy(), x.recordedAt())).toList());
        }
    }

    /** Why a case has no fee: a stable code and a sentence in the caller's language. */
    public record ReasonJson(String code, String detail) {
    }

    /**
     * The fee itself.
     *
     * @param version send it back with a change (a stale one answers 409)
     * @param hours   mediator hours (MEDIATOR_HOURS), else null
     */
    public record CaseFeeJson(long version, String basis, String currency, int scheduleVersion,
                              LocalDate scheduleEffectiveFrom, LocalDate acceptedOn, MoneyJson claimBase, String hours,
                              MoneyJson hourlyRate, MoneyJson minimumFee, MoneyJson amount, Instant computedAt,
                              List<ShareJson> shares) {
    }

    /** A party's share: status UNPAID, PAID (with {@code paidOn}) or WAIVED. */
    public record ShareJson(Long partyId, int seq, String role, String partyName, MoneyJson amount, String status,
                            LocalDate paidOn) {
    }

    /** A recorded government subsidy. */
    public record SubsidyJson(Long id, MoneyJson amount, String source, LocalDate grantedOn, String recordedBy,
                              Instant recordedAt) {
    }

    /** Body of {@code PUT /cases/{id}/fee/shares}: every paying party's amount, adding up exactly to the fee. */
    public record SplitRequest(Long version, List<ShareInput> shares) {
    }

    /** One party's amount in a split, a decimal string. */
    public record ShareInput(Long partyId, @MoneyAmount String amount) {
    }

    /** Body of {@code POST /cases/{id}/fee/shares/{partyId}/payment}. */
    public record PaymentRequest(String status, String paidOn, Long version) {
    }

    /** Body of {@code POST /cases/{id}/fee/hours}: decimal hours ({@code "2.5"}). */
    public record HoursRequest(String hours, Long version) {
    }

    /** Body of {@code POST /cases/{id}/subsidies}. */
    public record SubsidyRequest(MoneyJson amount, String source, String grantedOn) {
    }

    /** A line of the subsidy statistics. */
    public record SubsidyStatisticJson(String centerCode, String centerName, int year, MoneyJson total,
                                       long subsidies) {
        static SubsidyStatisticJson of(SubsidyStatistic s) {
            return new SubsidyStatisticJson(s.centerCode(), s.centerName(), s.year(), money(s.total()), s.subsidies());
        }
    }

    static MoneyJson money(Money m) {
        return m == null ? null : new MoneyJson(m.amountText(), m.currency());
    }

    /** A decimal string, or null when absent. */
    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.money.format");
        }
    }

    /** An ISO date, or null when absent. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }

    /** An enum constant by name, or null when absent. */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }
}
