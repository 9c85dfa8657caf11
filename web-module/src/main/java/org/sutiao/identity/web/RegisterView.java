package org.sutiao.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sutiao.identity.application.LoginThrottle;
import org.sutiao.identity.application.PartyAccountService;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;

/**
 * The public registration page of party accounts: a username, a display name and a password (typed twice). After
 * registering, the party logs in and confirms its identity (人民法院在线调解规则 Art. 17). Attempts are throttled per
 * client address ({@link LoginThrottle#registrationAttempt}).
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PartyAccountService accounts;
    @Inject
    transient LoginThrottle throttle;

    private String username;
    private String displayName;
    private String password;
    private String passwordAgain;

    /** Registers the account and goes to the login page with a message; errors stand beside their fields. */
    public void register() throws IOException {
        if (password != null && !password.equals(passwordAgain)) {
            FacesMessages.fieldError("passwordAgain", "account.passwordsDiffer");
            return;
        }
        try {
            ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
            throttle.registrationAttempt(((HttpServletRequest) request.getRequest()).getRemoteAddr());
            accounts.register(new PartyAccountService.Registration(username, password, displayName));
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.getFlash().setKeepMessages(true);
            FacesMessages.info("register.done", username.strip());
            ext.redirect(ext.getRequestContextPath() + "/login.xhtml?registered=true");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { this.username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { this.displayName = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { this.password = v; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String v) { this.passwordAgain = v; }
}
