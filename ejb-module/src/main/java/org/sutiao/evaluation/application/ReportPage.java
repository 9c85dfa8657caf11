package org.sutiao.evaluation.application;

import java.util.List;

/**
 * A page of reports, newest first.
 *
 * @param next the {@code after} of the following page (the last id here), null on the last page
 */
public record ReportPage(List<ReportSummary> items, Long next) {
}
