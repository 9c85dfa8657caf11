package org.sutiao.identity.domain;

import java.time.Instant;
import org.sutiao.shared.domain.IdentityType;

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
 * PARTY (demo accounts only; a PARTY account acts by its confirmed identity, see {@link #identityKey()}).
 * Equality by username.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.byIdentity", query = "select u from UserAccount u where u.identityKey = :key")
@NamedQuery(name = "UserAccount.confirmedKeys", query = "select u.identityKey from UserAccount u"
        + " where u.identityKey in :keys and u.identityConfirmedAt is not null"
        + " and u.identityProof = org.sutiao.identity.domain.IdentityProof.RECORDS")
@NamedQuery(name = "UserAccount.count", query = "select count(u) from UserAccount u")
@NamedQuery(name = "UserAccount.byMediator", query = "select u from UserAccount u where u.role ="
        + " org.sutiao.identity.domain.Role.MEDIATOR and u.refId = :mediatorCode")
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
    /** A PARTY account's identity ({@link IdentityType#key}), set when confirmed; unique among accounts. */
    @Column(name = "identity_key", length = 60)
    private String identityKey;
    @Column(name = "identity_name", length = 200)
    private String identityName;
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_type", length = 24)
    private IdentityType identityType;
    /** The confirmed address for electronic service (an e-mail address). */
    @Column(name = "service_address", length = 200)
    private String serviceAddress;
    @Column(name = "identity_confirmed_at")
    private Instant identityConfirmedAt;
    /** How the identity was proven: by a code sent to the contact details on record, or declared (no record yet). */
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_proof", length = 10)
    private IdentityProof identityProof;
    /** For {@link IdentityProof#APPLICANT}: the e-mail or phone the code went to (the cases that record it). */
    @Column(name = "identity_contact", length = 200)
    private String identityContact;
    /** When the party acknowledged the warning against sham mediation (人民法院在线调解规则 Art. 17). */
    @Column(name = "sham_warning_ack_at")
    private Instant shamWarningAckAt;
    /** Set for a bootstrap, new or reset account: it must choose its own password first (issue 13 §1). */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;
    @Column(length = 200)
    private String email;
    @Column(length = 40)
    private String phone;

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

    /**
     * An account an administrator (or the bootstrap) creates for a person: it holds the initial password's hash and
     * must change it at its first login.
     *
     * @param refId the mediator code of a MEDIATOR, else null
     */
    public static UserAccount issued(String username, String initialHash, String displayName, Role role,
                                     String orgCode, String refId, String email, String phone) {
        UserAccount a = new UserAccount(username, initialHash, displayName, role, orgCode, refId);
        a.passwordChangeRequired = true;
        a.email = email;
        a.phone = phone;
        return a;
    }

    /** The administrator edits the name, the contact details and whether the account may log in. */
    public void update(String displayName, String email, String phone, boolean active) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a display name");
        }
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.active = active;
    }

    /** The account can no longer log in (it is kept: accounts are never deleted). */
    public void deactivate() {
        this.active = false;
    }

    /** An administrator gives a new initial password, to be changed at the next login. */
    public void resetPassword(String initialHash) {
        rehashPassword(initialHash);
        this.passwordChangeRequired = true;
    }

    /** The account holder chose a new password (the caller checked the current one and the policy). */
    public void changePassword(String newHash) {
        rehashPassword(newHash);
        this.passwordChangeRequired = false;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /**
     * The party confirms who it is, where documents are served and that it read the warning against sham mediation
     * (人民法院在线调解规则 Art. 17). The caller has proven the identity with a confirmation code
     * ({@link IdentityChallenge}).
     *
     * @param identityKey normalised identity code ({@link IdentityType#key})
     * @param proof       how the identity was proven
     * @param contact     for {@link IdentityProof#APPLICANT}, the contact the code went to; else null
     * @throws IllegalStateException when the account is not a PARTY account
     */
    public void confirmIdentity(String name, IdentityType type, String identityKey, String serviceAddress,
                                Instant at, IdentityProof proof, String contact) {
        if (role != Role.PARTY) {
            throw new IllegalStateException("only party accounts hold an identity");
        }
        this.identityName = name;
        this.identityType = type;
        this.identityKey = identityKey;
        this.serviceAddress = serviceAddress;
        this.identityConfirmedAt = at;
        this.shamWarningAckAt = at;
        this.identityProof = proof;
        this.identityContact = proof == IdentityProof.APPLICANT ? contact : null;
    }

    /**
     * The confirmed identity proven again, by other records (a declared one by an application's or a court's, an
     * application's by a court's, or by another application's contact).
     *
     * @throws IllegalStateException when no identity is confirmed
     */
    public void proveAgain(IdentityProof proof, String contact) {
        if (identityConfirmedAt == null) {
            throw new IllegalStateException("no identity to prove");
        }
        this.identityProof = proof;
        this.identityContact = proof == IdentityProof.APPLICANT ? contact : null;
    }

    /**
     * Withdraws an identity because another account proved it more strongly (the weaker claim is superseded; the
     * account keeps its own applications' history but must confirm an identity again).
     *
     * @throws IllegalStateException when the identity was proven by a court's records
     */
    public void withdrawIdentity() {
        if (identityProof == IdentityProof.RECORDS) {
            throw new IllegalStateException("an identity proven by a court's records is not withdrawn");
        }
        this.identityKey = null;
        this.identityConfirmedAt = null;
        this.identityProof = null;
        this.identityContact = null;
    }

    /** For {@link IdentityProof#APPLICANT}: the contact the identity was proven with; else null. */
    public String identityContact() {
        return identityConfirmedAt == null ? null : identityContact;
    }

    /** How the identity was proven, or null before confirmation. */
    public IdentityProof identityProof() {
        return identityConfirmedAt == null ? null : identityProof;
    }

    /**
     * Replaces the stored hash of the same password by one made with today's parameters (a login re-hashes an old
     * hash, see {@code PasswordHashing#needsUpgrade}).
     */
    public void rehashPassword(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("a hash");
        }
        this.passwordHash = newHash;
    }

    /** The stored salted hash ({@code algorithm:iterations:salt:hash}). */
    public String passwordHash() {
        return passwordHash;
    }

    /** True once a PARTY account went through the first-login confirmation. */
    public boolean identityConfirmed() {
        return identityConfirmedAt != null;
    }

    /** The confirmed identity key, or null. */
    public String identityKey() {
        return identityConfirmedAt == null ? null : identityKey;
    }

    public String identityName() {
        return identityName;
    }

    public IdentityType identityType() {
        return identityType;
    }

    public String serviceAddress() {
        return serviceAddress;
    }

    public Instant identityConfirmedAt() {
        return identityConfirmedAt;
    }

    public Instant shamWarningAckAt() {
        return shamWarningAckAt;
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
