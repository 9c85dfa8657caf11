package org.sutiao.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;

import java.io.IOException;

/** The logged-in user for the top bar and menus, and the home page of each role. */
@Named
@RequestScoped
public class UserView {
    @Inject
    CallerLookup callers;
    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            caller = ext.getUserPrincipal() == null ? null : callers.of(ext.getUserPrincipal());
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** The first page of the caller's role. */
    public String getHome() {
        Caller c = getCaller();
        if (c == null) {
            return "/login.xhtml";
        }
        return switch (c.role()) {
            case COURT_CLERK, COURT_SYSTEM -> "/court/referrals.xhtml";
            case CENTER_ADMIN -> "/center/inbox.xhtml";
            case MEDIATOR -> "/mediator/cases.xhtml";
            case HQ_ADMIN, COURT_SUPERVISOR -> "/oversight/cases.xhtml";
            case OPERATOR -> "/operator/calendar.xhtml";
            case PARTY -> c.partyIdentity() == null ? "/party/identity.xhtml" : "/party/cases.xhtml";
        };
    }

    /** View action of the index page: go to the role's home. */
    public void goHome() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + getHome());
    }
}
