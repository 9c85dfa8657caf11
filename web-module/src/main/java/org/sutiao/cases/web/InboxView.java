package org.sutiao.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;

import java.util.List;

/** What waits for the logged-in mediator's, party's or court's action, soonest deadline first (the inbox). */
@Named
@RequestScoped
public class InboxView {
    @Inject
    CaseQueryService queries;

    private List<CaseSummary> items;

    public List<CaseSummary> getItems() {
        if (items == null) {
            items = queries.inbox();
        }
        return items;
    }
}
