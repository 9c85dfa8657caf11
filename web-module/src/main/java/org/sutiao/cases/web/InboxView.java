package org.sutiao.cases.web;

import org.sutiao.shared.web.LazyRows;
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
    private List<InboxItem> beyondAcceptance;
    private long total;
    private org.primefaces.model.LazyDataModel<InboxItem> model;

    /** The items other than referrals to accept or decline (the center's inbox lists those in a table of its own). */
    public List<InboxItem> getItemsBeyondAcceptance() {
        if (beyondAcceptance == null) {
            beyondAcceptance = queries.inboxBeyondAcceptance();
        }
        return beyondAcceptance;
    }

    /** The first page of the inbox items, read once per request (the card's emptiness and the notices use it). */
    public List<InboxItem> getItems() {
        if (items == null) {
            org.sutiao.cases.application.Page<InboxItem> page = queries.inbox(0, 10);
            items = page.rows();
            total = page.total();
        }
        return items;
    }

    /** How many items wait in all (issue 10: no cap). */
    public long getTotal() {
        getItems();
        return total;
    }

    /** The inbox as a lazy table model: each page read in the database, counted once per request. */
    public org.primefaces.model.LazyDataModel<InboxItem> getItemsModel() {
        if (model == null) {
            model = new LazyRows<>(this::getTotal, (first, size, sort) -> first == 0 && size == 10 ? getItems()
                    : queries.inbox(first, size).rows(), row -> row.summary().id() + "-" + row.action());
        }
        return model;
    }
}
