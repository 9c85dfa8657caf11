package org.sutiao.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.sutiao.shared.application.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** The session's language: Chinese by default, English on request; applied to every view. */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches to {@code zh} or {@code en} and reloads the current page with its view parameters. */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Messages.CHINESE;
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getViewRoot().setLocale(locale);
        String url = ctx.getApplication().getViewHandler()
                .getBookmarkableURL(ctx, ctx.getViewRoot().getViewId(), Map.of(), true);
        ctx.getExternalContext().redirect(url);
    }
}
