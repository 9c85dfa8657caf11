package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.domain.CaseAction;

import java.io.Serializable;

/**
 * The case page's buttons, from the one decision of what the caller may do now ({@code CaseActions}, the
 * {@code actions} of {@code GET /cases/{id}}): a page offers a button when {@code #{caseActions.offers('SUSPEND')}}.
 */
@Named("caseActions")
@ViewScoped
public class CaseActionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CaseDetailView page;

    /**
     * True when the caller may take the action now on the page's case.
     *
     * @param code a {@link CaseAction} name
     * @throws IllegalArgumentException when {@code code} names no action (a typo in a page)
     */
    public boolean offers(String code) {
        CaseAction action = CaseAction.valueOf(code);
        CaseDetail d = page.getDetail();
        return d != null && d.actions().stream().anyMatch(a -> a.action() == action);
    }

    /** True when the caller may take any of the actions (names separated by commas or spaces). */
    public boolean offersAny(String codes) {
        for (String code : codes.split("[,\\s]+")) {
            if (!code.isEmpty() && offers(code)) {
                return true;
            }
        }
        return false;
    }
}
