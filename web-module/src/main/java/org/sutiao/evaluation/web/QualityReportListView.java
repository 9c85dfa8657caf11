package org.sutiao.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.evaluation.application.QualityReportService;
import org.sutiao.evaluation.application.ReportPage;
import org.sutiao.evaluation.application.ReportSummary;
import org.sutiao.evaluation.domain.ReportScope;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The quality analysis reports page ({@code evaluation/reports.xhtml}, issue 11 §3): HQ sees every report and
 * creates, edits and publishes them through the dialogs; center admins and court users see the published reports
 * whose scope covers them ({@link QualityReportService#qualityReports}). Newest first, 20 at a time with "more"
 * (keyset). PDF and Excel downloads stream the service's bytes (frozen ones once published).
 */
@Named
@ViewScoped
public class QualityReportListView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient QualityReportService reports;
    @Inject
    transient CenterService centerService;

    private boolean hq;
    private final List<ReportSummary> rows = new ArrayList<>();
    private Long next;
    /** Scope value → label, HQ only (the create dialog's choices and the list's labels). */
    private final Map<String, String> scopes = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        hq = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.HQ);
        if (hq) {
            scopes.put(ReportScope.NATIONAL.toString(), FacesMessages.text("qualityReport.scope.NATIONAL"));
            List<MediationCenter> centers = centerService.centers();
            TreeSet<String> provinces = new TreeSet<>();
            centers.stream().map(MediationCenter::province).filter(p -> p != null && !p.isBlank())
                    .forEach(provinces::add);
            provinces.forEach(p -> scopes.put("REGION:" + p, FacesMessages.text("qualityReport.scope.REGION", p)));
            centers.forEach(c -> scopes.put("CENTER:" + c.code(),
                    FacesMessages.text("qualityReport.scope.CENTER", c.name())));
        }
        reload();
    }

    /** Reads the first page again (after a change). */
    public void reload() {
        rows.clear();
        next = null;
        more();
    }

    /** Appends the next page. */
    public void more() {
        ReportPage page = reports.qualityReports(next, PAGE);
        rows.addAll(page.items());
        next = page.next();
    }

    /** The scope as readers name it: 全国, 地区：北京, the center's name (HQ) or code. */
    public String scopeLabel(String scope) {
        String known = scopes.get(scope);
        if (known != null) {
            return known;
        }
        ReportScope s = ReportScope.parse(scope);
        return s.code() == null ? FacesMessages.text("qualityReport.scope." + s.kind())
                : FacesMessages.text("qualityReport.scope." + s.kind(), s.code());
    }

    /** Streams the PDF (non-Ajax request). */
    public void pdf(long id) throws IOException {
        stream(reports.qualityReportPdf(id), "application/pdf", "quality-report-" + id + ".pdf");
    }

    /** Streams the workbook (non-Ajax request). */
    public void xlsx(long id) throws IOException {
        stream(reports.qualityReportWorkbook(id), XLSX, "quality-report-" + id + ".xlsx");
    }

    private static void stream(byte[] bytes, String type, String name) throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(type);
        ext.setResponseContentLength(bytes.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(bytes);
        }
        ctx.responseComplete();
    }

    public boolean isHq() {
        return hq;
    }

    public List<ReportSummary> getRows() {
        return rows;
    }

    public boolean isHasMore() {
        return next != null;
    }

    /** The scopes HQ may create a report for, value → label. */
    public Map<String, String> getScopes() {
        return scopes;
    }
}
