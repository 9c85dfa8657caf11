package org.sutiao.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The frozen documents of a published {@link QualityReport} (issue 11 §3), kept apart so that listing and reading
 * reports never loads them: the PDF (whose SHA-256 the report keeps) and the workbook, exactly as served ever after.
 * Written once, never updated. Equality is identity (the report's id).
 */
@Entity
@Table(name = "quality_report_snapshot")
public class QualityReportSnapshot {
    @Id
    @Column(name = "report_id")
    private Long reportId;
    @Column(nullable = false, updatable = false)
    private byte[] pdf;
    @Column(nullable = false, updatable = false)
    private byte[] xlsx;

    protected QualityReportSnapshot() {
    }

    public QualityReportSnapshot(Long reportId, byte[] pdf, byte[] xlsx) {
        this.reportId = reportId;
        this.pdf = pdf.clone();
        this.xlsx = xlsx.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public byte[] xlsx() {
        return xlsx.clone();
    }
}
