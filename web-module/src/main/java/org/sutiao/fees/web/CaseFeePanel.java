package org.sutiao.fees.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sutiao.cases.web.CaseDetailView;
import org.sutiao.fees.application.CaseFeeService;
import org.sutiao.fees.application.FeeStatement;
import org.sutiao.fees.domain.PaymentStatus;
import org.sutiao.fees.domain.ShareAmount;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fee panel of the case page ({@code /WEB-INF/includes/fees/case-fee-panel.xhtml}): the case's fee with its
 * split and payments, or why it is not charged, and its government subsidies (notice 法办〔2024〕623号 §5(4)). The
 * case's center admin changes the split (it must add up exactly), records payments, hours (hourly basis) and
 * subsidies; each change is checked against the fee version shown.
 */
@Named
@ViewScoped
public class CaseFeePanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFeeService fees;
    @Inject
    CaseDetailView page;

    private transient FeeStatement statement;
    private boolean notFound;
    private List<SplitRow> split = new ArrayList<>();
    private Long paymentPartyId;
    private LocalDate paidOn;
    private BigDecimal hours;
    private BigDecimal subsidyAmount;
    private String subsidyCurrency;
    private String subsidySource;
    private LocalDate subsidyGrantedOn;

    /** One party's amount in the split dialog. */
    public static class SplitRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long partyId;
        private final String partyName;
        private BigDecimal amount;

        SplitRow(Long partyId, String partyName, BigDecimal amount) {
            this.partyId = partyId;
            this.partyName = partyName;
            this.amount = amount;
        }

        public Long getPartyId() { return partyId; }
        public String getPartyName() { return partyName; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { this.amount = v; }
    }

    /** The case's fee statement, or null when the case cannot be read. */
    public FeeStatement getStatement() {
        if (statement == null && !notFound) {
            try {
                statement = fees.statement(page.getId());
            } catch (NotFoundException e) {
                notFound = true;
            }
        }
        return statement;
    }

    /** Why the case is not charged, in the view's language. */
    public String getReasonText() {
        FeeStatement s = getStatement();
        return s == null || s.notCharged() == null ? ""
                : FacesMessages.text(s.notCharged().code(), s.notCharged().argArray());
    }

    private long version() {
        return getStatement().fee().version();
    }

    /** Opens the split dialog with the current shares. */
    public void openSplit() {
        split = new ArrayList<>();
        getStatement().fee().shares().forEach(s -> split.add(new SplitRow(s.partyId(), s.partyName(),
                s.amount().amount())));
    }

    /** Saves the split entered in the dialog; errors appear beside the amounts. */
    public void saveSplit() {
        run(() -> fees.changeSplit(page.getId(), split.stream()
                .map(r -> new ShareAmount(r.partyId, r.amount)).toList(), version()), "splitDlg");
    }

    /** Opens the payment dialog for one party, dated today. */
    public void openPayment(Long partyId) {
        paymentPartyId = partyId;
        paidOn = LocalDate.now(BusinessTime.ZONE);
    }

    /** Records the payment of the party chosen in {@link #openPayment}, on the date entered. */
    public void savePayment() {
        run(() -> fees.recordPayment(page.getId(), paymentPartyId, PaymentStatus.PAID, paidOn, version()),
                "paymentDlg");
    }

    /** Waives a party's share, or sets it back to unpaid. */
    public void changeStatus(Long partyId, PaymentStatus status) {
        run(() -> fees.recordPayment(page.getId(), partyId, status, null, version()), null);
    }

    /** Opens the hours dialog with the hours recorded so far. */
    public void openHours() {
        hours = getStatement().fee().hours();
    }

    /** Records the hours entered; the fee and the default split are recomputed. */
    public void saveHours() {
        run(() -> fees.recordHours(page.getId(), hours, version()), "hoursDlg");
    }

    /** Opens the subsidy dialog in the fee's currency (CNY when not charged), dated today. */
    public void openSubsidy() {
        FeeStatement s = getStatement();
        subsidyAmount = null;
        subsidySource = null;
        subsidyCurrency = s != null && s.fee() != null ? s.fee().currency() : "CNY";
        subsidyGrantedOn = LocalDate.now(BusinessTime.ZONE);
    }

    /** Records the subsidy entered in the dialog. */
    public void saveSubsidy() {
        run(() -> fees.recordSubsidy(page.getId(), subsidyAmount == null ? null
                        : new Money(subsidyAmount, subsidyCurrency == null ? "" : subsidyCurrency.strip().toUpperCase()),
                        subsidySource, subsidyGrantedOn), "subsidyDlg");
    }

    private void run(Supplier<FeeStatement> change, String dialog) {
        try {
            statement = change.get();
            FacesMessages.info("fee.saved");
            if (dialog != null) {
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public List<SplitRow> getSplit() { return split; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate v) { this.paidOn = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { this.hours = v; }
    public BigDecimal getSubsidyAmount() { return subsidyAmount; }
    public void setSubsidyAmount(BigDecimal v) { this.subsidyAmount = v; }
    public String getSubsidyCurrency() { return subsidyCurrency; }
    public void setSubsidyCurrency(String v) { this.subsidyCurrency = v; }
    public String getSubsidySource() { return subsidySource; }
    public void setSubsidySource(String v) { this.subsidySource = v; }
    public LocalDate getSubsidyGrantedOn() { return subsidyGrantedOn; }
    public void setSubsidyGrantedOn(LocalDate v) { this.subsidyGrantedOn = v; }
}
