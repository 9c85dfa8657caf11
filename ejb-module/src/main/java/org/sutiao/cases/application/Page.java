package org.sutiao.cases.application;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total number of rows matching, over all pages
 */
public record Page<T>(List<T> rows, long total, int first, int size) {
}
