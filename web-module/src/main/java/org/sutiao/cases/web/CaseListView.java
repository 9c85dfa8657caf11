package org.sutiao.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sutiao.cases.application.CaseFilter;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.domain.CaseStatus;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The case list of every role (court referrals, center cases, mediator assignments, HQ/supervisor metadata): a
 * lazy table paged and counted in the database, within the caller's scope, with status, text and overdue filters.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseQueryService queries;

    private CaseStatus status;
    private String text;
    private boolean overdueOnly;
    private LazyDataModel<CaseSummary> cases;
    private boolean countCapped;

    @PostConstruct
    void init() {
        cases = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                // counted once per view, up to CaseQueryService.COUNT_CAP: past it the paginator says "more than"
                long n = queries.count(filter());
                countCapped = n > CaseQueryService.COUNT_CAP;
                return (int) Math.min(n, CaseQueryService.COUNT_CAP);
            }

            @Override
            public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                String field = null;
                boolean asc = false;
                if (sortBy != null && !sortBy.isEmpty()) {
                    SortMeta s = sortBy.values().iterator().next();
                    field = s.getField();
                    asc = s.getOrder() == SortOrder.ASCENDING;
                }
                return queries.list(filter(), first, pageSize, field, asc);
            }

            @Override
            public String getRowKey(CaseSummary row) {
                return String.valueOf(row.id());
            }

            @Override
            public CaseSummary getRowData(String rowKey) {
                return null;
            }
        };
    }

    private CaseFilter filter() {
        return new CaseFilter(status, null, null, null, text, null, null, overdueOnly ? Boolean.TRUE : null);
    }

    /** True when more cases match than were counted (the page report then says "more than"). */
    public boolean isCountCapped() {
        return countCapped;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
