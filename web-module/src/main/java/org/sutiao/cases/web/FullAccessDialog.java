package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.FullAccessService;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * The break-glass dialog on the case page: HQ or a court supervisor records why they need the case's content, then
 * reads it in full for 24 hours (DESIGN.md §4; {@link FullAccessService}).
 */
@Named
@ViewScoped
public class FullAccessDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient FullAccessService grants;
    @Inject
    CaseDetailView page;

    private String reason;

    /** Records the reason and reloads the case page, now in full; a bad reason is shown beside its field. */
    public void open() {
        try {
            grants.grant(page.getId(), reason);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
            return;
        }
        reason = null;
        CaseDraft.openCase(page.getId(), "fullAccess.opened");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
