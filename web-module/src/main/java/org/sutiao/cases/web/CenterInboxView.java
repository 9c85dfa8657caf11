package org.sutiao.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;

import java.util.List;
import java.util.Map;

/**
 * The center's inbox: pending referrals, soonest acceptance due date first, with working days left; a lazy table
 * paged in the database (issue 10 §2: complete, no cap).
 */
@Named
@RequestScoped
public class CenterInboxView {
    @Inject
    CaseQueryService queries;
    private LazyDataModel<CaseSummary> pending;

    @PostConstruct
    void init() {
        pending = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(queries.centerInboxCount(), CaseQueryService.COUNT_CAP);
            }

            @Override
            public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                return queries.centerInbox(first, pageSize);
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

    public LazyDataModel<CaseSummary> getPending() {
        return pending;
    }
}
