package org.sutiao.identity.application;

import org.sutiao.audit.application.AuditSummary;
import org.sutiao.identity.domain.Role;
import org.sutiao.identity.domain.UserAccount;

/** An account as the lists and the API show it (never the password hash). */
public record AccountView(String username, String displayName, Role role, String organizationCode, String email,
                          String phone, String mediatorCode, boolean active, boolean passwordChangeRequired,
                          long version) implements AuditSummary {
    static AccountView of(UserAccount a) {
        return new AccountView(a.username(), a.displayName(), a.role(), a.orgCode(), a.email(), a.phone(),
                a.role() == Role.MEDIATOR ? a.refId() : null, a.active(), a.passwordChangeRequired(),
                a.version());
    }

    @Override
    public String auditSummary() {
        return "account=" + username + ", role=" + role + ", organization=" + organizationCode + ", active="
                + active;
    }
}

