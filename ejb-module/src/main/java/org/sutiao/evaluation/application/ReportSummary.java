package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.ReportKind;
import org.sutiao.evaluation.domain.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the list of quality analysis reports (a projection: the narrative and documents are not read).
 *
 * @param scope  NATIONAL, REGION:&lt;province&gt; or CENTER:&lt;center code&gt;
 * @param kind   MONTHLY/QUARTERLY for the timer's drafts, null for HQ's own
 * @param sha256 the published PDF's SHA-256, null for a draft
 */
public record ReportSummary(Long id, LocalDate from, LocalDate to, String scope, ReportKind kind,
                            ReportStatus status, Instant createdAt, Instant publishedAt, String sha256) {
}
