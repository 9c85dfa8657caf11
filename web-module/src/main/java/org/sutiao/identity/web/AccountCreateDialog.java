package org.sutiao.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.AccountService;
import org.sutiao.identity.application.AccountView;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * The new-account dialog of the account page: a center admin's accounts are of its own center (the organisation is
 * preset), a mediator's account names the mediator's code; the rules are {@link AccountService#createAccount}'s.
 */
@Named
@ViewScoped
public class AccountCreateDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;
    @Inject
    transient CallerLookup callers;

    private String username;
    private String displayName;
    private Role role;
    private String organizationCode;
    private String email;
    private String phone;
    private String initialPassword;
    private String mediatorCode;

    /** Clears the dialog; a center admin's organisation is its center. */
    public void prepare() {
        username = displayName = email = phone = initialPassword = mediatorCode = null;
        var caller = callers.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal());
        role = caller.role() == Role.CENTER_ADMIN ? Role.MEDIATOR : null;
        organizationCode = caller.role() == Role.CENTER_ADMIN ? caller.orgCode() : null;
    }

    /** Creates the account; invalid fields are shown beside them and the dialog stays open. */
    public void create() {
        try {
            AccountView a = accounts.createAccount(new AccountService.NewAccount(username, displayName, role,
                    organizationCode, email, phone, initialPassword, role == Role.MEDIATOR ? mediatorCode : null));
            FacesMessages.info("accounts.created", a.username());
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** True when the caller is a center admin (its accounts are its own center's mediators). */
    public boolean isCenter() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.CENTER);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public void setOrganizationCode(String organizationCode) {
        this.organizationCode = organizationCode;
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

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public void setMediatorCode(String mediatorCode) {
        this.mediatorCode = mediatorCode;
    }
}
