package org.sutiao.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.AccountService;
import org.sutiao.identity.application.AccountView;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * The edit dialog of the account page: name, contact details and whether the account may log in, at the version
 * it was opened on (a concurrent change answers {@code account.staleVersion}).
 */
@Named
@ViewScoped
public class AccountEditDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String username;
    private String displayName;
    private String email;
    private String phone;
    private boolean active;
    private long version;

    /** Opens the dialog on an account of the list (read again, within the caller's reach). */
    public void open(String username) {
        try {
            AccountView a = accounts.readAccount(username);
            this.username = a.username();
            displayName = a.displayName();
            email = a.email();
            phone = a.phone();
            active = a.active();
            version = a.version();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Saves the edit; invalid fields beside them, a stale version as a message. */
    public void save() {
        try {
            accounts.updateAccount(username, new AccountService.AccountEdit(displayName, email, phone, active,
                    version));
            FacesMessages.info("accounts.saved", username);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
