package org.sutiao.cases.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.cases.application.CaseFilter;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.domain.CaseStatus;

import java.io.Serializable;
import java.util.List;

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
    private String center;
    private String mediator;
    private boolean overdueOnly;
    private LazyDataModel<CaseSummary> cases;
    private boolean countCapped;

    @PostConstruct
    void init() {
        cases = new LazyRows<>(() -> {
            // counted once per view, up to CaseQueryService.COUNT_CAP: past it the paginator says "more than"
            long n = queries.count(filter());
            countCapped = n > CaseQueryService.COUNT_CAP;
            return Math.min(n, CaseQueryService.COUNT_CAP);
        }, (first, size, sort) -> queries.list(filter(), first, size, sort == null ? null : sort.field(),
                sort != null && sort.ascending()), row -> String.valueOf(row.id()));
    }

    private CaseFilter filter() {
        return new CaseFilter(status, null, null, center, text, null, null, overdueOnly ? Boolean.TRUE : null,
                mediator);
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

    /** The center to list (the evaluation dashboard's drill-down, {@code ?center=}); null for every center in scope. */
    public String getCenter() {
        return center;
    }

    public void setCenter(String center) {
        this.center = center == null || center.isBlank() ? null : center.strip();
    }

    /**
     * The mediator to list (the evaluation dashboard's drill-down, {@code ?mediator=}); null for every mediator in
     * scope. Within the caller's scope: another center's mediator lists nothing.
     */
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator == null || mediator.isBlank() ? null : mediator.strip();
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
