package org.sutiao.audit.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.audit.application.AuditFilter;
import org.sutiao.audit.application.AuditQueries;
import org.sutiao.audit.application.Verification;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit log page ({@code /audit/log.xhtml}) for operators and CCPIT HQ (NIST SP 800-53 AU-6 review): filters by
 * case, username, organisation, action and Beijing dates, a lazy table newest first (the database counts and
 * pages), the Excel export of the same filter, and the verification of the hash chain.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries audit;

    private Long caseId;
    private String username;
    private String organization;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditEntry> entries;
    private Verification verification;

    @PostConstruct
    void init() {
        entries = new LazyRows<>(() -> audit.countLog(filter()), (first, size, sort) ->
                audit.searchLog(filter(), first, Math.min(size, AuditQueries.MAX_PAGE)).items(),
                row -> String.valueOf(row.id()));
    }

    /** An entry's detail with enumeration codes by label ({@link org.sutiao.audit.application.AuditDetails}). */
    public String detail(AuditEntry e) {
        return org.sutiao.audit.application.AuditDetails.readable(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), e.detail());
    }

    /** The filter as entered; the end date includes its whole day. */
    public AuditFilter filter() {
        return new AuditFilter(caseId, username, organization, action,
                from == null ? null : BusinessTime.startOf(from), to == null ? null : BusinessTime.endOf(to));
    }

    /** Applies the filter (the table reloads). */
    public void search() {
        // the lazy model reads the filter on its next load
    }

    /** Clears every filter. */
    public void reset() {
        caseId = null;
        username = organization = action = null;
        from = to = null;
    }

    /** Checks the hash chain and shows the answer. */
    public void verify() {
        try {
            verification = audit.verify();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Streams the filtered log as .xlsx (non-Ajax request). */
    public void export() throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        String name = FacesMessages.text("audit.sheet") + "-" + LocalDate.now(BusinessTime.ZONE) + ".xlsx";
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = ext.getResponseOutputStream()) {
            audit.exportXlsx(filter(), ctx.getViewRoot().getLocale(), out);
        }
        ctx.responseComplete();
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public Verification getVerification() {
        return verification;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The label of an action in the page's language. */
    public String actionLabel(String action) {
        return org.sutiao.audit.application.AuditActionLabels.label(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), action);
    }

    /**
     * A call's outcome in plain words: {@code ok} as 成功, a refusal (its code, e.g. {@code agreement.notFound}) as
     * 已拒绝; the code itself stays in the entry's {@code data-code} for the operators.
     */
    public String outcomeLabel(String outcome) {
        return org.sutiao.shared.web.FacesMessages.text(outcome == null || "ok".equalsIgnoreCase(outcome)
                ? "audit.outcome.ok" : "audit.outcome.refused");
    }
}
