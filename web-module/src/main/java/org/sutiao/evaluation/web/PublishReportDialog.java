package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sutiao.evaluation.application.QualityReportService;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * HQ confirms the publication of a draft report (issue 11 §3) after reading its consequence: the report is frozen
 * (no further edit), carries the SHA-256 of its PDF, and becomes visible to the centers and courts in its scope.
 */
@Named
@ViewScoped
public class PublishReportDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient QualityReportService reports;
    @Inject
    QualityReportListView list;

    private Long id;
    private String label;

    /** Asks for confirmation for one report. */
    public void open(long reportId, String scopeLabel) {
        id = reportId;
        label = scopeLabel;
    }

    /** Publishes and lists the result. */
    public void publish() {
        try {
            String sha = reports.publishQualityReport(id).sha256();
            FacesMessages.info("qualityReport.publishedDone", sha);
            list.reload();
            PrimeFaces.current().executeScript("PF('publishDlg').hide()");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
