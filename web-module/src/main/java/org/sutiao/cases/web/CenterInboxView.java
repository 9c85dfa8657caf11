package org.sutiao.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;

import java.util.List;

/** The center's inbox: pending referrals, soonest acceptance due date first, with working days left. */
@Named
@RequestScoped
public class CenterInboxView {
    @Inject
    CaseQueryService queries;
    private List<CaseSummary> pending;

    public List<CaseSummary> getPending() {
        if (pending == null) {
            pending = queries.centerInbox();
        }
        return pending;
    }
}
