package org.sutiao.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A postback whose view cannot be restored (the session expired, the server restarted, or the
 * {@code jakarta.faces.ViewState} was forged) is sent with a GET to {@code /expired.xhtml}, a localized page in the
 * template, instead of the container's error page: an error dispatch of the same POST would try to restore a view
 * again and fail blank. Ajax and non-ajax alike ({@link ExternalContext#redirect} answers an ajax request with a
 * partial-response redirect). Source: issue 9 §4; STYLE.md (ajax-aware handling of expired views).
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    /** The page shown after an expired or forged view. */
    static final String PAGE = "/expired.xhtml";

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> i = getUnhandledExceptionQueuedEvents().iterator(); i.hasNext(); ) {
                Throwable t = i.next().getContext().getException();
                if (isExpiredView(t) && !context.getResponseComplete()) {
                    i.remove();
                    ExternalContext external = context.getExternalContext();
                    try {
                        external.redirect(external.getRequestContextPath() + PAGE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    context.responseComplete();
                }
            }
            getWrapped().handle();
        }

        /** True when a ViewExpiredException is {@code e} or among its first causes. */
        private static boolean isExpiredView(Throwable e) {
            int depth = 0;
            for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
