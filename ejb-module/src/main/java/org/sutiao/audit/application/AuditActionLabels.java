package org.sutiao.audit.application;

import org.sutiao.shared.application.Messages;

import java.util.Locale;

/** The words shown for an audit action (pages, Excel export): never the action's code where a label exists. */
public final class AuditActionLabels {
    private AuditActionLabels() {
    }

    /**
     * The label of an action in {@code locale} (bundle key {@code auditAction.<action>}); the action itself only for an
     * action written before it had a label ({@code AuditActionLabelsTest} keeps every current one labelled).
     */
    public static String label(Locale locale, String action) {
        String key = "auditAction." + action;
        String text = Messages.get(locale, key);
        return text.equals(key) ? action : text;
    }
}
