package org.sutiao.warning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.shared.web.LazyRows;
import org.sutiao.warning.application.Warning;
import org.sutiao.warning.application.WarningCount;
import org.sutiao.warning.application.WarningPage;
import org.sutiao.warning.application.WarningService;
import org.sutiao.warning.domain.WarningKind;

import java.io.Serializable;
import java.util.List;

/**
 * The early warnings page ({@code warnings/list.xhtml}, issue 11 §2): the caller's warnings counted per kind (the
 * tiles; a tile filters the table by its kind) and a lazy table of them, most urgent first, within the caller's
 * case scope ({@link WarningService}).
 */
@Named
@ViewScoped
public class WarningListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient WarningService warnings;

    private WarningKind kind;
    private List<WarningCount> counts;
    private LazyDataModel<Warning> rows;
    private boolean countCapped;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(this::count, (first, size, sort) -> page(first, size).items(),
                row -> row.caseId() + "-" + row.kind());
    }

    /** The table's total from the tiles' counts (each capped, as the service counts): no second count. */
    private long count() {
        long n = 0;
        countCapped = false;
        for (WarningCount c : getCounts()) {
            if (kind == null || c.kind() == kind) {
                n += c.count();
                countCapped |= !c.exact();
            }
        }
        return Math.min(n, (long) WarningService.MAX_FIRST + WarningService.MAX_SIZE);
    }

    private WarningPage page(int first, int size) {
        return warnings.warnings(kind, Math.min(first, WarningService.MAX_FIRST),
                Math.max(1, Math.min(size, WarningService.MAX_SIZE)));
    }

    /** The counts per kind, read once per view (and again after a filter changes). */
    public List<WarningCount> getCounts() {
        if (counts == null) {
            counts = warnings.warningCounts();
        }
        return counts;
    }

    /** Shows only the warnings of {@code code}, or all again when it is the kind shown already. */
    public void toggle(String code) {
        WarningKind k = WarningKind.valueOf(code);
        kind = k == kind ? null : k;
    }

    public WarningKind[] getKinds() {
        return WarningKind.values();
    }

    public LazyDataModel<Warning> getRows() {
        return rows;
    }

    /** True when a kind had more warnings than were counted. */
    public boolean isCountCapped() {
        return countCapped;
    }

    public WarningKind getKind() {
        return kind;
    }

    public void setKind(WarningKind kind) {
        this.kind = kind;
    }
}
