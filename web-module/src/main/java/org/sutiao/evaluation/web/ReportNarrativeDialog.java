package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sutiao.evaluation.application.QualityReportService;
import org.sutiao.evaluation.domain.QualityReport;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * HQ writes the narrative of a draft report (findings, problems, measures; each at most
 * {@value QualityReport#MAX_TEXT} characters), guarded by the version it read: a concurrent edit or a publication in
 * between is reported, not overwritten.
 */
@Named
@ViewScoped
public class ReportNarrativeDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient QualityReportService reports;

    private Long id;
    private Long version;
    private String findings;
    private String problems;
    private String measures;

    /** Loads the draft's narrative. */
    public void open(long reportId) {
        try {
            QualityReport r = reports.qualityReport(reportId);
            id = reportId;
            version = r.version();
            findings = r.findings();
            problems = r.problems();
            measures = r.measures();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Saves it. */
    public void save() {
        try {
            version = reports.reviseQualityReport(id, version, findings, problems, measures).version();
            FacesMessages.info("qualityReport.saved");
            PrimeFaces.current().executeScript("PF('narrativeDlg').hide()");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public int getMaxLength() {
        return QualityReport.MAX_TEXT;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}
