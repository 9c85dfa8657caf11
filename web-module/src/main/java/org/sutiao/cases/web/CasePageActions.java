package org.sutiao.cases.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs an action taken in a dialog of the case page: on success the page reloads with the confirmation kept across
 * the redirect; on failure the errors are shown beside the fields of the submitted form named after the service's
 * fields ({@link FacesMessages#report(RuntimeException)}), nothing written.
 */
final class CasePageActions {
    private CasePageActions() {
    }

    /** Runs {@code action}; its invalid fields land beside the components of the submitted form named after them. */
    static void run(Long caseId, String okKey, Runnable action) {
        try {
            action.run();
            reload(caseId, okKey);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    private static void reload(Long caseId, String okKey) {
        FacesMessages.info(okKey);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().setKeepMessages(true);
        try {
            ext.redirect(ext.getRequestContextPath() + "/cases/case.xhtml?id=" + caseId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
