package org.sutiao.cases.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Runs an action taken in a dialog of the case page: on success the page reloads with the confirmation kept across
 * the redirect; on failure the errors are shown beside the fields named in {@code fields} (field → client id).
 */
final class CasePageActions {
    private CasePageActions() {
    }

    static void run(Long caseId, String okKey, Map<String, String> fields, Runnable action) {
        try {
            action.run();
            FacesMessages.info(okKey);
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.getFlash().setKeepMessages(true);
            ext.redirect(ext.getRequestContextPath() + "/cases/case.xhtml?id=" + caseId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesMessages.report(e, fields);
        }
    }
}
