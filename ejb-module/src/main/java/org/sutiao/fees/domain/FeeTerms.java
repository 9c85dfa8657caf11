package org.sutiao.fees.domain;

import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.MoneyPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a center publishes as one schedule version: currency, basis, effective date, minimum fee, and either the
 * progressive brackets (claim-amount basis) or the hourly rate (mediator-hours basis). Amounts are major units of
 * the currency (yuan for CNY) as BigDecimal. Value object; {@link #validate()} checks it as a whole before
 * publication.
 *
 * @param currency      ISO 4217 code ({@code CNY})
 * @param effectiveFrom first Beijing calendar date the schedule charges
 * @param minimumFee    the least fee of a case, whatever the amount or hours
 * @param hourlyRate    fee per mediator hour; only with {@link FeeBasis#MEDIATOR_HOURS}
 * @param brackets      in order from 0; only with {@link FeeBasis#AMOUNT_BRACKETS}
 * @param notes         optional public remarks (what the fee covers), at most 500 characters
 */
public record FeeTerms(String currency, FeeBasis basis, LocalDate effectiveFrom, BigDecimal minimumFee,
                       BigDecimal hourlyRate, List<FeeBracket> brackets, String notes) {
    /** Most brackets one schedule may have. */
    public static final int MAX_BRACKETS = 20;
    /** Longest notes, characters. */
    public static final int MAX_NOTES = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeeTerms {
        brackets = brackets == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(brackets));
        currency = currency == null ? null : currency.strip().toUpperCase();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /**
     * Checks every rule and reports all offending fields at once. Brackets (notice §5(4) asks for clear, public
     * fees): the first starts at 0; each next one starts exactly where the previous one ends (no gap, no overlap);
     * each ends above its start; only the last may be open; rates 0 to 100 percent with at most 4 decimals.
     *
     * @throws InvalidInputException naming each field ({@code currency}, {@code basis}, {@code effectiveFrom},
     *                               {@code minimumFee}, {@code hourlyRate}, {@code brackets},
     *                               {@code brackets[i].lowerBound|upperBound|ratePercent}, {@code notes})
     */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        int digits = 2;
        if (!FeeCalculator.isCurrency(currency)) {
            errors.add(new FieldError("currency", "validation.money.currency", String.valueOf(currency)));
        } else {
            digits = FeeCalculator.minorDigits(currency);
        }
        if (basis == null) {
            errors.add(new FieldError("basis", "validation.required"));
        }
        if (effectiveFrom == null) {
            errors.add(new FieldError("effectiveFrom", "validation.required"));
        }
        money(errors, "minimumFee", minimumFee, digits, true);
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.add(new FieldError("notes", "validation.size", 0, MAX_NOTES));
        }
        if (basis == FeeBasis.MEDIATOR_HOURS) {
            money(errors, "hourlyRate", hourlyRate, digits, true);
            if (hourlyRate != null && hourlyRate.signum() == 0) {
                errors.add(new FieldError("hourlyRate", "fee.hourlyRatePositive"));
            }
            if (!brackets.isEmpty()) {
                errors.add(new FieldError("brackets", "fee.bracketsOnlyForAmounts"));
            }
        } else if (basis == FeeBasis.AMOUNT_BRACKETS) {
            if (hourlyRate != null) {
                errors.add(new FieldError("hourlyRate", "fee.hourlyRateOnlyForHours"));
            }
            brackets(errors, digits);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void brackets(List<FieldError> errors, int digits) {
        if (brackets.isEmpty()) {
            errors.add(new FieldError("brackets", "fee.bracketsRequired"));
            return;
        }
        if (brackets.size() > MAX_BRACKETS) {
            errors.add(new FieldError("brackets", "fee.bracketsTooMany", MAX_BRACKETS));
            return;
        }
        for (int i = 0; i < brackets.size(); i++) {
            FeeBracket b = brackets.get(i);
            String at = "brackets[" + i + "].";
            if (b == null) {
                errors.add(new FieldError("brackets[" + i + "]", "validation.required"));
                continue;
            }
            boolean lowerOk = money(errors, at + "lowerBound", b.lowerBound(), digits, true);
            boolean upperOk = b.upperBound() == null || money(errors, at + "upperBound", b.upperBound(), digits, false);
            if (i == 0 && lowerOk && b.lowerBound().signum() != 0) {
                errors.add(new FieldError(at + "lowerBound", "fee.bracketStartsAtZero"));
            }
            if (i > 0 && lowerOk && brackets.get(i - 1) != null) {
                BigDecimal previousUpper = brackets.get(i - 1).upperBound();
                if (previousUpper != null && previousUpper.compareTo(b.lowerBound()) != 0) {
                    errors.add(new FieldError(at + "lowerBound", "fee.bracketNotContiguous",
                            previousUpper.toPlainString()));
                }
            }
            if (b.upperBound() == null && i < brackets.size() - 1) {
                errors.add(new FieldError(at + "upperBound", "fee.bracketOpenNotLast"));
            }
            if (lowerOk && upperOk && b.upperBound() != null && b.upperBound().compareTo(b.lowerBound()) <= 0) {
                errors.add(new FieldError(at + "upperBound", "fee.bracketEmpty", b.lowerBound().toPlainString()));
            }
            BigDecimal rate = b.ratePercent();
            if (rate == null) {
                errors.add(new FieldError(at + "ratePercent", "validation.required"));
            } else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 4) {
                errors.add(new FieldError(at + "ratePercent", "fee.bracketRate"));
            }
        }
    }

    /** Adds an error unless {@code v} is a plausible amount ({@link MoneyPolicy}); true if fine. */
    private boolean money(List<FieldError> errors, String field, BigDecimal v, int digits, boolean required) {
        if (v == null) {
            if (required) {
                errors.add(new FieldError(field, "validation.required"));
            }
            return false;
        }
        FieldError e = MoneyPolicy.check(field, v, FeeCalculator.isCurrency(currency) ? currency : null,
                MoneyPolicy.Sign.ZERO_ALLOWED);
        if (e == null && v.stripTrailingZeros().scale() > digits) {
            e = new FieldError(field, "validation.money.scale", digits);
        }
        if (e != null) {
            errors.add(e);
            return false;
        }
        return true;
    }

    /** The fraction digits of this currency that amounts may have (CNY 2, JPY 0). */
    public int minorDigits() {
        return FeeCalculator.minorDigits(currency);
    }
}
