package org.sutiao.fees.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.FeeBracket;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.shared.web.FacesMessages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Display of fee schedules on pages ({@code feeFormats}): bracket ranges in the view's language ({@code 100,000.00 至
 * 500,000.00}), rates as percent ({@code 1.5%}), and a one-line summary of a version's terms.
 */
@Named
@ApplicationScoped
public class FeeFormats {

    /** {@code 0.00 至 100,000.00}, or {@code 5,000,000.00 以上} for the open last bracket. */
    public String range(FeeBracket b) {
        return b.open() ? FacesMessages.text("fees.bracket.above", amount(b.lowerBound()))
                : FacesMessages.text("fees.bracket.between", amount(b.lowerBound()), amount(b.upperBound()));
    }

    /** {@code 1.5%}. */
    public String rate(FeeBracket b) {
        return b.ratePercent().stripTrailingZeros().toPlainString() + "%";
    }

    /** The terms on one line: the brackets with their rates, or the hourly rate. */
    public String summary(FeeSchedule s) {
        if (s.basis() == FeeBasis.MEDIATOR_HOURS) {
            return FacesMessages.text("fees.perHour", s.hourlyRate().display());
        }
        return s.brackets().stream().map(b -> range(b) + ": " + rate(b)).collect(Collectors.joining("；"));
    }

    /** {@code 100,000.00}: grouping, two decimals. */
    public String amount(BigDecimal v) {
        return v == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
