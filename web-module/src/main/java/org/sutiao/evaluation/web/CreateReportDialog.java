package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sutiao.evaluation.application.QualityReportService;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * HQ creates a quality analysis report (issue 11 §3): the first and last month of the period (whole months) and the
 * scope. Bad input is shown beside its field and nothing is written.
 */
@Named
@ViewScoped
public class CreateReportDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient QualityReportService reports;
    @Inject
    QualityReportListView list;

    private String fromMonth;
    private String toMonth;
    private String scope = "NATIONAL";

    /** Opens the dialog with last month, nationally. */
    public void open() {
        YearMonth last = YearMonth.from(BusinessTime.today()).minusMonths(1);
        fromMonth = last.toString();
        toMonth = last.toString();
        scope = "NATIONAL";
    }

    /** Creates the draft and lists it. */
    public void save() {
        YearMonth from = month(fromMonth, "from");
        YearMonth to = month(toMonth, "to");
        if (from == null || to == null) {
            return;
        }
        try {
            reports.createQualityReport(from.atDay(1), to.atEndOfMonth(), scope);
            FacesMessages.info("qualityReport.created");
            list.reload();
            PrimeFaces.current().executeScript("PF('createDlg').hide()");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    private static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.fieldError(field, "qualityReport.month");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public String getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(String fromMonth) {
        this.fromMonth = fromMonth;
    }

    public String getToMonth() {
        return toMonth;
    }

    public void setToMonth(String toMonth) {
        this.toMonth = toMonth;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
