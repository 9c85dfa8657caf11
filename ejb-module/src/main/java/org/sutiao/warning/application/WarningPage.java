package org.sutiao.warning.application;

import java.util.List;

/**
 * A page of early warnings, most urgent first.
 *
 * @param total      warnings over all pages, each kind counted up to {@link WarningService#COUNT_CAP}
 * @param totalExact false when a kind reached the cap ("at least")
 */
public record WarningPage(List<Warning> items, long total, boolean totalExact, int first, int size) {
}
