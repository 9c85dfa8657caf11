package org.sutiao.cases.application;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total      rows matching over all pages, counted up to a cap ({@link CaseQueryService#COUNT_CAP}); -1 when
 *                   the page was reached by a cursor and not counted again
 * @param totalExact false when {@code total} is the cap and more rows match ("at least")
 * @param next       the cursor of the following page ({@link CaseCursor#encode()}), or null on the last page
 */
public record Page<T>(List<T> rows, long total, boolean totalExact, int first, int size, String next) {
}
