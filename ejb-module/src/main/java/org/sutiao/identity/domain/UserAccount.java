package org.sutiao.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

/**
 * A login account. The password is stored only as a salted PBKDF2 hash (Jakarta Security
 * {@code Pbkdf2PasswordHash} format). {@link #orgCode()} is a court code for court roles, a center code for
 * HQ, center and mediator roles; {@link #refId()} is the mediator code of a MEDIATOR and the party reference of a
 * PARTY. Equality by username.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "select count(u) from UserAccount u")
public class UserAccount extends VersionedEntity {
    @Column(nullable = false, unique = true, updatable = false, length = 64)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;
    @Column(name = "org_code", length = 30)
    private String orgCode;
    @Column(name = "ref_id", length = 30)
    private String refId;
    private boolean active = true;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Role role, String orgCode,
                       String refId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.orgCode = orgCode;
        this.refId = refId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String orgCode() {
        return orgCode;
    }

    public String refId() {
        return refId;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount u && username.equals(u.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
