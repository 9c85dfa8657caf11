package org.sutiao.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sutiao.identity.application.AccountService;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;

/**
 * The change-password form ({@code /account/password.xhtml}) of every account, where an account that must change its
 * initial password is led (issue 13 §1). After the change the session ends and the holder logs in with the new
 * password (so the session carries the role again).
 */
@Named
@RequestScoped
public class PasswordView {
    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    /** True while the caller must change its initial password. */
    public boolean isRequired() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.PASSWORD_CHANGE_REQUIRED);
    }

    /** Changes the password; on success ends the session and goes to the login page. */
    public void change() throws IOException {
        if (newPassword != null && !newPassword.equals(newPasswordAgain)) {
            FacesMessages.fieldError("newAgain", "password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).getSession().invalidate();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?changed=true");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
