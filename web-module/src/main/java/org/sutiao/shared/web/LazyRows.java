package org.sutiao.shared.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The model of every lazy table: each page read from the database by the page's query, the rows counted by the
 * list's count (issue 10: no list loads more than a page), each row keyed for selection and row updates.
 *
 * @param <T> the row type
 */
public final class LazyRows<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** The table's sort: a field name of the row and its direction. */
    public record Sort(String field, boolean ascending) implements Serializable {
    }

    /** Counts the rows of the list (a capped count is fine: the table pages only so far). */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Reads one page. */
    @FunctionalInterface
    public interface Pager<T> extends Serializable {
        /**
         * @param first offset of the first row
         * @param size  rows per page
         * @param sort  the column the user sorted by, or null while the table is unsorted
         */
        List<T> page(int first, int size, Sort sort);
    }

    /** The row's key, unique in the list. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Counter counter;
    private final Pager<T> pager;
    private final Key<T> key;

    public LazyRows(Counter counter, Pager<T> pager, Key<T> key) {
        this.counter = counter;
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Sort sort = null;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta s = sortBy.values().iterator().next();
            if (s.getOrder() != SortOrder.UNSORTED) {
                sort = new Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING);
            }
        }
        return pager.page(first, pageSize, sort);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
