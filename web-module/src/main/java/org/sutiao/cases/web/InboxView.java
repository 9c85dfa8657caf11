package org.sutiao.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.InboxItem;

import java.util.List;

/**
 * What waits for the logged-in mediator's, party's or court's action, soonest deadline first (the inbox); each
 * item names the action.
 */
@Named
@RequestScoped
public class InboxView {
    @Inject
    CaseQueryService queries;

    private List<InboxItem> items;

    /** The items other than referrals to accept or decline (the center's inbox lists those in a table of its own). */
    public List<InboxItem> getItemsBeyondAcceptance() {
        return getItems().stream().filter(i -> i.action() != org.sutiao.cases.domain.InboxAction.ACCEPT_OR_DECLINE)
                .toList();
    }

    /** The inbox items, read once per request. */
    public List<InboxItem> getItems() {
        if (items == null) {
            items = queries.inbox();
        }
        return items;
    }
}
