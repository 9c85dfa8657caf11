package org.sutiao.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.PersistenceFailures;
import org.sutiao.shared.domain.DomainException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.web.FieldComponents.Placement;

/**
 * Shows service failures as localized Faces messages: each invalid field beside the component named after it
 * ({@link FieldComponents}, decided there and nowhere else), everything else as a global message; a unique key taken by
 * a concurrent request and a database outage too ({@code PersistenceFailures}).
 */
public final class FacesMessages {
    private FacesMessages() {
    }

    /** A localized message from the bundle, enum constants among its arguments by their labels. */
    public static String text(String key, Object... args) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.get(locale, key, args == null || args.length == 0 ? args : Messages.labelled(locale, args));
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /** A localized error on top of the page, beside no field. */
    public static void globalError(String key, Object... args) {
        add(null, key, args);
    }

    /**
     * A localized error beside the component of the submitted form that stands for {@code field} (found as
     * {@link #report(RuntimeException)} finds it), on top of the page when none does: for what the page checks
     * itself (two passwords that differ, a month that is none, a center the court may not refer to).
     */
    public static void fieldError(String field, String key, Object... args) {
        beside(field, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A localized note beside the component that stands for {@code field} (a choice checked and found good). */
    public static void fieldInfo(String field, String key, Object... args) {
        beside(field, FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void beside(String field, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        UIForm form = FieldComponents.submittedForm(ctx);
        Placement at = form == null ? null : FieldComponents.place(ctx, form, field);
        String text = text(key, args);
        ctx.addMessage(at == null ? null : at.clientId(),
                new FacesMessage(severity, at != null && at.exact() ? text : unplaced(field, text), null));
    }

    /**
     * Reports a failure of a service call made from a form, each invalid field beside the component of the submitted
     * form named after it ({@link FieldComponents}: {@code reasonCode} beside the component {@code reason-code}, a
     * row's {@code obligations[0].amount} beside {@code amount} in row 0 of the table {@code obligations}, or beside
     * the component that declares the field as its {@code serviceField}); a row's own error, or one of a field no
     * component of the row stands for, on the table named by its row; a field no component is named after is shown
     * as a global message. Java code names no client ids.
     */
    public static void report(RuntimeException e) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        reportIn(e, FieldComponents.submittedForm(ctx));
    }

    /**
     * As {@link #report(RuntimeException)} for a request that submits no form of its own (a file upload): the
     * fields are looked up in the form enclosing {@code within}.
     */
    public static void reportNear(RuntimeException e, jakarta.faces.component.UIComponent within) {
        UIForm form = FieldComponents.formOf(within);
        reportIn(e, form == null ? FieldComponents.submittedForm(FacesContext.getCurrentInstance()) : form);
    }

    /** Reports a failure beside one component (a file upload's own errors, whatever the service calls the field). */
    public static void reportOn(RuntimeException e, jakarta.faces.component.UIComponent component) {
        String clientId = component.getClientId(FacesContext.getCurrentInstance());
        report(e, field -> new Placement(clientId, true));
    }

    private static void reportIn(RuntimeException e, UIForm form) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        report(e, field -> form == null ? null : FieldComponents.place(ctx, form, field));
    }

    private static void add(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    private static void report(RuntimeException e, java.util.function.Function<String, Placement> placementOf) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.validationFailed();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError f : invalid.fieldErrors()) {
                Placement at = placementOf.apply(f.field());
                if (at != null && at.exact()) {
                    add(at.clientId(), f.messageKey(), f.args());
                } else {
                    // beside the row or list it belongs to (or on top), named by its row and label, never by its path
                    ctx.addMessage(at == null ? null : at.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            unplaced(f.field(), text(f.messageKey(), f.args())), null));
                }
            }
        } else if (e instanceof DomainException d) {
            add(null, d.code(), Messages.labelled(ctx.getViewRoot().getLocale(), d.args()));
        } else if (e instanceof EJBAccessException) {
            String page = ctx.getViewRoot() == null ? "?" : ctx.getViewRoot().getViewId();
            String id = ctx.getExternalContext().getRequestParameterMap().get("id");
            org.sutiao.audit.web.DeniedCalls.record("page " + page,
                    id != null && id.matches("\\d{1,18}") && page.startsWith("/cases/") ? Long.valueOf(id) : null);
            add(null, "access.denied");
        } else if (e instanceof EJBException && hasCause(e, OptimisticLockException.class)) {
            add(null, "case.concurrentChange");
        } else if (PersistenceFailures.isDuplicateKey(e)) {
            add(null, "conflict.duplicate");
        } else if (PersistenceFailures.isUnavailable(e)) {
            add(null, "service.unavailable");
        } else {
            throw e;
        }
    }

    /**
     * A field error no component stands for, in plain words: named by the field's label
     * ({@code field.<name>} in the bundle, the last name of the path) and its row ({@code 第 2 项}), never by the
     * property path ({@code obligations[1].obligorPartyId}); the message alone when the field has no label.
     */
    static String unplaced(String field, String message) {
        if (field == null || field.isBlank()) {
            return message;
        }
        String[] names = field.replaceAll("\\[\\d+]", "").split("\\.");
        String label = label("field." + names[names.length - 1]);
        String text = label == null ? message : text("validation.fieldMessage", label, message);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        return row.find() ? text("validation.rowMessage", Integer.parseInt(row.group(1)) + 1, text) : text;
    }

    /** The bundle's text for the key, or null when it has none. */
    private static String label(String key) {
        String t = text(key);
        return t == null || t.startsWith("???") || t.equals(key) ? null : t;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
