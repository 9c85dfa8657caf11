package org.sutiao.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sutiao.identity.application.CsrfTokens;

/**
 * The CSRF token of the forms that post outside Faces (login and logout, {@link CsrfTokens}): pages write
 * {@code #{csrfView.field}} as the hidden field's name and {@code #{csrfView.token}} as its value.
 */
@Named
@RequestScoped
public class CsrfView {
    /** The session's token (the session is created if needed). */
    public String getToken() {
        return CsrfTokens.token((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The name of the hidden field. */
    public String getField() {
        return CsrfTokens.FIELD;
    }
}
