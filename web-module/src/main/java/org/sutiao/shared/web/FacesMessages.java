package org.sutiao.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.PersistenceFailures;
import org.sutiao.shared.domain.DomainException;
import org.sutiao.shared.domain.InvalidInputException;

import java.util.Map;

/**
 * Shows service failures as localized Faces messages: each invalid field beside its component (by a map from the
 * service's field path to the component's client id), everything else as a global message; a unique key taken by
 * a concurrent request and a database outage too ({@code PersistenceFailures}).
 */
public final class FacesMessages {
    private FacesMessages() {
    }

    /** A localized message from the bundle. */
    public static String text(String key, Object... args) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * Reports a failure of a service call and marks validation failed, so nothing on the page is lost.
     *
     * @param fieldToClientId service field path prefix → client id of the component beside which to show it
     */
    public static void report(RuntimeException e, Map<String, String> fieldToClientId) {
        report(e, (java.util.function.Function<String, String>) field -> fieldToClientId.entrySet().stream()
                .filter(en -> field.equals(en.getKey()) || field.startsWith(en.getKey() + "."))
                .map(Map.Entry::getValue).findFirst().orElse(null));
    }

    /**
     * Reports a failure of a service call made from a form, each invalid field beside the component of the submitted
     * form named after it ({@link FieldComponents}: {@code reasonCode} beside the component {@code reason-code}, a
     * row's {@code obligations[0].amount} beside {@code amount} in row 0 of the table {@code obligations}); a field
     * no component is named after is shown as a global message. Java code names no client ids.
     */
    public static void report(RuntimeException e) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        jakarta.faces.component.UIForm form = FieldComponents.submittedForm(ctx);
        report(e, (java.util.function.Function<String, String>) field -> form == null ? null
                : FieldComponents.clientId(ctx, form, field));
    }

    /** Reports a failure beside one component (a file upload's own errors, whatever the service calls the field). */
    public static void reportOn(RuntimeException e, jakarta.faces.component.UIComponent component) {
        String clientId = component.getClientId(FacesContext.getCurrentInstance());
        report(e, (java.util.function.Function<String, String>) field -> clientId);
    }

    private static void report(RuntimeException e, java.util.function.Function<String, String> clientIdOfField) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.validationFailed();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError f : invalid.fieldErrors()) {
                String clientId = clientIdOfField.apply(f.field());
                String message = text(f.messageKey(), f.args());
                error(clientId, clientId == null ? "validation.fieldMessage" : f.messageKey(),
                        clientId == null ? new Object[]{f.field(), message} : f.args());
            }
        } else if (e instanceof DomainException d) {
            error(null, d.code(), Messages.labelled(ctx.getViewRoot().getLocale(), d.args()));
        } else if (e instanceof EJBAccessException) {
            String page = ctx.getViewRoot() == null ? "?" : ctx.getViewRoot().getViewId();
            String id = ctx.getExternalContext().getRequestParameterMap().get("id");
            org.sutiao.audit.web.DeniedCalls.record("page " + page,
                    id != null && id.matches("\\d{1,18}") && page.startsWith("/cases/") ? Long.valueOf(id) : null);
            error(null, "access.denied");
        } else if (e instanceof EJBException && hasCause(e, OptimisticLockException.class)) {
            error(null, "case.concurrentChange");
        } else if (PersistenceFailures.isDuplicateKey(e)) {
            error(null, "conflict.duplicate");
        } else if (PersistenceFailures.isUnavailable(e)) {
            error(null, "service.unavailable");
        } else {
            throw e;
        }
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
