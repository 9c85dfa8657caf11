package org.sutiao.fees.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.fees.application.CenterFees;
import org.sutiao.fees.application.FeeScheduleService;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.FeeBracket;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.fees.domain.FeeTerms;
import org.sutiao.identity.web.UserView;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The center admin's fee page {@code /center/fees.xhtml}: publish a new version of the center's schedule (rate
 * brackets edited row by row, or an hourly rate; currency, effective date, minimum fee) and see every version.
 * Publication is final (notice 法办〔2024〕623号 §5(4)); the form starts from the version in force.
 */
@Named
@ViewScoped
public class CenterFeesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient FeeScheduleService schedules;
    @Inject
    transient UserView user;

    private String currency = "CNY";
    private FeeBasis basis = FeeBasis.AMOUNT_BRACKETS;
    private LocalDate effectiveFrom = LocalDate.now(BusinessTime.ZONE).plusDays(1);
    private BigDecimal minimumFee;
    private BigDecimal hourlyRate;
    private String notes;
    private List<BracketRow> brackets = new ArrayList<>();
    private transient CenterFees fees;

    /** One editable bracket: amounts in major units, rate in percent; an empty upper bound is open. */
    public static class BracketRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal lower;
        private BigDecimal upper;
        private BigDecimal rate;

        public BracketRow() {
        }

        BracketRow(BigDecimal lower, BigDecimal upper, BigDecimal rate) {
            this.lower = lower;
            this.upper = upper;
            this.rate = rate;
        }

        public BigDecimal getLower() { return lower; }
        public void setLower(BigDecimal v) { this.lower = v; }
        public BigDecimal getUpper() { return upper; }
        public void setUpper(BigDecimal v) { this.upper = v; }
        public BigDecimal getRate() { return rate; }
        public void setRate(BigDecimal v) { this.rate = v; }
    }

    /** View action: fills the form from the version in force of the first currency, else one open bracket. */
    public void load() {
        CenterFees f = getFees();
        FeeSchedule current = f.currencies().isEmpty() ? null : f.currencies().get(0).inForce();
        if (current != null) {
            currency = current.currency();
            basis = current.basis();
            minimumFee = current.minimumFee().amount();
            hourlyRate = current.hourlyRate() == null ? null : current.hourlyRate().amount();
            current.brackets().forEach(b -> brackets.add(new BracketRow(b.lowerBound(), b.upperBound(),
                    b.ratePercent().stripTrailingZeros())));
        }
        if (brackets.isEmpty()) {
            brackets.add(new BracketRow(BigDecimal.ZERO, null, null));
        }
    }

    /** The caller's center with its versions. */
    public CenterFees getFees() {
        if (fees == null) {
            fees = schedules.centerFees(user.getCaller().orgCode());
        }
        return fees;
    }

    /** Adds a bracket starting where the last one ends. */
    public void addBracket() {
        BracketRow last = brackets.isEmpty() ? null : brackets.get(brackets.size() - 1);
        brackets.add(new BracketRow(last == null ? BigDecimal.ZERO : last.upper, null, null));
    }

    /** Removes the bracket at {@code index} (0-based) from the form. */
    public void removeBracket(int index) {
        if (index >= 0 && index < brackets.size()) {
            brackets.remove(index);
        }
    }

    /** Publishes the form as a new version; errors appear beside their fields. */
    public void publish() {
        boolean hourly = basis == FeeBasis.MEDIATOR_HOURS;
        List<FeeBracket> terms = hourly ? List.of()
                : brackets.stream().map(r -> new FeeBracket(r.lower, r.upper, r.rate)).toList();
        try {
            FeeSchedule s = schedules.publish(user.getCaller().orgCode(), new FeeTerms(currency, basis, effectiveFrom,
                    minimumFee, hourly ? hourlyRate : null, terms, notes));
            FacesMessages.info("fees.published", s.versionNo(), s.currency(), s.effectiveFrom().toString());
            fees = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** True when the form is for the mediator-hours basis (hourly rate instead of brackets). */
    public boolean isHourly() {
        return basis == FeeBasis.MEDIATOR_HOURS;
    }

    /** The bases to choose from. */
    public FeeBasis[] getBases() {
        return FeeBasis.values();
    }

    public String getCurrency() { return currency; }
    public void setCurrency(String v) { this.currency = v; }
    public FeeBasis getBasis() { return basis; }
    public void setBasis(FeeBasis v) { this.basis = v; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { this.effectiveFrom = v; }
    public BigDecimal getMinimumFee() { return minimumFee; }
    public void setMinimumFee(BigDecimal v) { this.minimumFee = v; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal v) { this.hourlyRate = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public List<BracketRow> getBrackets() { return brackets; }
}
