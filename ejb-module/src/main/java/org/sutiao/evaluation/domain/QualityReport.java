package org.sutiao.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A quality analysis report (调解工作质效分析报告, notice 法办〔2024〕623号 §5(3): CCPIT publishes them regularly; issue 11
 * §3) over whole months and a {@link ReportScope}. A DRAFT holds HQ's narrative (findings, problems, measures; each at
 * most {@value #MAX_TEXT} characters); its figures are generated whenever it is read. {@link #publish} freezes it:
 * the rendered PDF and workbook go to its {@link QualityReportSnapshot} and the PDF's SHA-256 stays here, so a
 * published report never changes (every later change is a 409). Equality is identity (the database id).
 */
@Entity
@Table(name = "quality_report")
@NamedQuery(name = "QualityReport.periodic", query = "select r from QualityReport r where r.periodFrom = :from"
        + " and r.periodTo = :to and r.scope = :scope and r.kind = :kind")
public class QualityReport extends VersionedEntity {
    /** The longest narrative section, in characters. */
    public static final int MAX_TEXT = 4000;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Column(nullable = false, updatable = false, length = 60)
    private String scope;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 12)
    private ReportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;
    @Column(length = MAX_TEXT)
    private String findings;
    @Column(length = MAX_TEXT)
    private String problems;
    @Column(length = MAX_TEXT)
    private String measures;
    @Column(name = "created_by", nullable = false, updatable = false, length = 80)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "published_by", length = 80)
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(length = 64)
    private String sha256;

    protected QualityReport() {
    }

    /**
     * A new draft without narrative.
     *
     * @param kind null for HQ's own reports; MONTHLY/QUARTERLY for the timer's
     * @throws InvalidInputException on {@code from}/{@code to} (required, first/last day of a month, in order) and
     *                               {@code scope} (required)
     */
    public QualityReport(LocalDate from, LocalDate to, ReportScope scope, ReportKind kind, String by, Instant at) {
        checkPeriod(from, to);
        if (scope == null) {
            throw new InvalidInputException("scope", "report.scope");
        }
        this.periodFrom = from;
        this.periodTo = to;
        this.scope = scope.toString();
        this.kind = kind;
        this.status = ReportStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
    }

    /**
     * Replaces the narrative (blank sections become empty).
     *
     * @throws ConflictException     {@code report.published} once published
     * @throws InvalidInputException {@code validation.size} on each section over {@value #MAX_TEXT} characters
     */
    public void revise(String findings, String problems, String measures) {
        requireDraft();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        this.findings = text("findings", findings, errors);
        this.problems = text("problems", problems, errors);
        this.measures = text("measures", measures, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Publishes: from now on the report is what {@code pdf} says.
     *
     * @param sha256 lower-case hex SHA-256 of the frozen PDF
     * @throws ConflictException {@code report.published} when already published
     */
    public void publish(String sha256, String by, Instant at) {
        requireDraft();
        this.status = ReportStatus.PUBLISHED;
        this.sha256 = sha256;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    private void requireDraft() {
        if (status == ReportStatus.PUBLISHED) {
            throw new ConflictException("report.published");
        }
    }

    private static String text(String field, String value, List<InvalidInputException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > MAX_TEXT) {
            errors.add(new InvalidInputException.FieldError(field, "validation.size", 0, MAX_TEXT));
        }
        return s;
    }

    /** The period check of the evaluation: whole months, {@code to} not before {@code from}. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInputException.FieldError("from", "validation.required"));
        } else if (from.getDayOfMonth() != 1) {
            errors.add(new InvalidInputException.FieldError("from", "evaluation.monthStart"));
        }
        if (to == null) {
            errors.add(new InvalidInputException.FieldError("to", "validation.required"));
        } else if (!to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            errors.add(new InvalidInputException.FieldError("to", "evaluation.monthEnd"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new InvalidInputException.FieldError("to", "evaluation.toBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public ReportScope scope() {
        return ReportScope.parse(scope);
    }

    /** MONTHLY/QUARTERLY for the timer's drafts, null for HQ's own. */
    public ReportKind kind() {
        return kind;
    }

    public ReportStatus status() {
        return status;
    }

    public String findings() {
        return findings;
    }

    public String problems() {
        return problems;
    }

    public String measures() {
        return measures;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Lower-case hex SHA-256 of the published PDF; null for a draft. */
    public String sha256() {
        return sha256;
    }
}
