package org.sutiao.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.AccountService;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/** The reset dialog of the account page: a new initial password, changed by its holder at the next login. */
@Named
@ViewScoped
public class PasswordResetDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String username;
    private String initialPassword;

    public void open(String username) {
        this.username = username;
        this.initialPassword = null;
    }

    public void reset() {
        try {
            accounts.resetPassword(username, initialPassword);
            FacesMessages.info("accounts.passwordReset", username);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
