package org.sutiao.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The frozen documents of a published {@link QualityReport} (issue 11 §3), kept apart so that listing and reading
 * reports never loads them: the PDF (whose SHA-256 the report keeps), the workbook and the generated figures (JSON,
 * UTF-8; absent for reports published before V38), exactly as served ever after.
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
    @Column(updatable = false)
    private byte[] figures;

    protected QualityReportSnapshot() {
    }

    /**
     * @param figures the generated figures as JSON text ({@code EvaluationJson#report})
     */
    public QualityReportSnapshot(Long reportId, byte[] pdf, byte[] xlsx, String figures) {
        this.reportId = reportId;
        this.pdf = pdf.clone();
        this.xlsx = xlsx.clone();
        this.figures = figures.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The figures frozen at publication (JSON text), or null for a report published before they were kept. */
    public String figures() {
        return figures == null ? null : new String(figures, java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public byte[] xlsx() {
        return xlsx.clone();
    }
}
