package org.sutiao.identity.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.identity.application.AccountService;
import org.sutiao.identity.application.AccountView;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.application.CredentialCache;
import org.sutiao.identity.application.LoginAttempts;
import org.sutiao.identity.domain.AccountPolicy;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The account list ({@code /admin/accounts.xhtml}) of operators, HQ and center admins (issue 13 §1): the accounts within
 * the caller's reach ({@link AccountPolicy}), filtered by organisation, role and text, paged by the database; the
 * dialogs ({@link AccountCreateDialog}, {@link AccountEditDialog}, {@link PasswordResetDialog}) change them, and an
 * operator unlocks a locked name here.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;
    @Inject
    transient CallerLookup callers;
    @Inject
    transient LoginAttempts attempts;
    @Inject
    transient CredentialCache credentials;

    private String organization;
    private Role role;
    private String q;
    private List<Role> roles;
    private LazyDataModel<AccountView> list;

    @PostConstruct
    void init() {
        roles = AccountPolicy.manageableRoles(callers.of(FacesContext.getCurrentInstance().getExternalContext()
                .getUserPrincipal()).role()).stream().sorted().toList();
        list = new LazyRows<>(() -> accounts.listAccounts(filter(), 0, 1).total(), (first, size, sort) ->
                accounts.listAccounts(filter(), first, Math.min(size, AccountService.MAX_PAGE)).items(),
                AccountView::username);
    }

    private AccountService.AccountFilter filter() {
        return new AccountService.AccountFilter(organization, role, q);
    }

    /** Applies the filter (the table reloads). */
    public void search() {
        // the lazy model reads the filter on its next load
    }

    /** Clears every filter. */
    public void reset() {
        organization = q = null;
        role = null;
    }

    /** Operators: lifts the login lock of {@code username} (issue 9 §3). */
    public void unlock(String username) {
        try {
            attempts.unlock(username);
            credentials.forget(username);
            FacesMessages.info("accounts.unlocked", username);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** The roles the caller may create, for the filter and the new-account dialog. */
    public List<Role> getRoles() {
        return roles;
    }

    public LazyDataModel<AccountView> getList() {
        return list;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
