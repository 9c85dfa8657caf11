package org.sutiao.cases.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;

import java.util.List;

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
        pending = new LazyRows<>(() -> Math.min(queries.centerInboxCount(), CaseQueryService.COUNT_CAP),
                (first, size, sort) -> queries.centerInbox(first, size), row -> String.valueOf(row.id()));
    }

    public LazyDataModel<CaseSummary> getPending() {
        return pending;
    }
}
