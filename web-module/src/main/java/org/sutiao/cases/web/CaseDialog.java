package org.sutiao.cases.web;

import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * What every dialog of the case page shares: the page's case, and running one service call with the page reloaded
 * on success and the errors beside the dialog's fields otherwise ({@link CasePageActions}).
 */
abstract class CaseDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CaseDetailView page;

    /** The case of the page. */
    protected Long caseId() {
        return page.getId();
    }

    /** Runs one service call: on success the page reloads showing {@code okKey}; else errors beside the fields. */
    protected void run(String okKey, Runnable action) {
        CasePageActions.run(caseId(), okKey, action);
    }
}
