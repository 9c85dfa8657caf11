package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.roster.application.RosterReportService;
import org.sutiao.roster.domain.ReportStatus;
import org.sutiao.roster.domain.RosterReport;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * HQ's review of roster reports: those waiting (or all recent), one report's mediators with their changes, and
 * approval or return with comments.
 */
@Named
@ViewScoped
public class RosterReportsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterReportService reports;

    private ReportStatus status = ReportStatus.SUBMITTED;
    private Long selectedId;
    private Long selectedVersion;
    private String comments;
    private transient RosterReportService.ReportWithItems selected;

    public List<RosterReport> getReports() {
        return reports.reports(status);
    }

    /** Opens a report for review. */
    public void open(Long id) {
        selectedId = id;
        selected = reports.report(id);
        selectedVersion = selected.report().version();
        comments = null;
    }

    public RosterReportService.ReportWithItems getSelected() {
        if (selected == null && selectedId != null) {
            selected = reports.report(selectedId);
        }
        return selected;
    }

    public void approve() {
        try {
            reports.approve(selectedId, comments, selectedVersion);
            FacesMessages.info("roster.report.approved", String.valueOf(selectedId));
            selected = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void returnReport() {
        try {
            reports.returnReport(selectedId, comments, selectedVersion);
            FacesMessages.info("roster.report.returned", String.valueOf(selectedId));
            selected = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
