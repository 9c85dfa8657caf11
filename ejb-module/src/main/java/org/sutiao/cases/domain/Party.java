package org.sutiao.cases.domain;

import java.time.Instant;
import org.sutiao.shared.domain.IdentityType;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdNumbers;
import org.sutiao.shared.domain.IdentifiedEntity;

/**
 * A party to a case (申请人 / 被申请人 / 第三人), with an optional agent. A legal person is identified by its
 * unified social credit code (or a foreign registration number), a natural person by an ID number, which is kept
 * as given but only ever shown masked. Part of the {@link MediationCase} aggregate; identity by id.
 */
@Entity
@Table(name = "party")
@NamedQuery(name = "Party.byExternalRef", query = "select p from Party p where p.externalRef = :ref order by p.id")
@NamedQuery(name = "Party.contactsByIdentity", query = "select p.name, p.email, p.phone, c.source from Party p"
        + " join p.mediationCase c where p.identityKey = :key and not (c.source ="
        + " org.sutiao.cases.domain.CaseSource.DIRECT_APPLICATION and p.role = org.sutiao.cases.domain.PartyRole.APPLICANT)"
        + " order by p.id desc")
@NamedQuery(name = "Party.agentContactsByIdentity", query = "select p.agentName, p.agentPhone, c.source from Party p"
        + " join p.mediationCase c where p.agentIdentityKey = :key and not (c.source ="
        + " org.sutiao.cases.domain.CaseSource.DIRECT_APPLICATION and p.role = org.sutiao.cases.domain.PartyRole.APPLICANT)"
        + " order by p.id desc")
@NamedQuery(name = "Party.namesByIdentity", query = "select distinct p.name from Party p where p.identityKey = :key")
@NamedQuery(name = "Party.agentNamesByIdentity",
        query = "select distinct p.agentName from Party p where p.agentIdentityKey = :key and p.agentName is not null")
public class Party extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false)
    private int seq;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PartyRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartyType type;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 2)
    private String country;
    @Column(name = "credit_code", length = 18)
    private String creditCode;
    @Column(name = "foreign_registration_no", length = 60)
    private String foreignRegistrationNo;
    @Column(name = "id_type", length = 12)
    private String idType;
    @Column(name = "id_number", length = 40)
    private String idNumber;
    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;
    @Column(length = 300)
    private String address;
    @Column(length = 40)
    private String phone;
    @Column(length = 200)
    private String email;
    @Column(name = "agent_name", length = 100)
    private String agentName;
    @Column(name = "agent_phone", length = 40)
    private String agentPhone;
    @Column(name = "litigation_position", length = 40)
    private String litigationPosition;
    /** The party's reference in the court's or the importer's data ({@code C01-P1}). */
    @Column(name = "external_ref", length = 30)
    private String externalRef;
    /** What PARTY accounts are matched by: {@link IdentityType#key} of the credit code, ID or registration number. */
    @Column(name = "identity_key", length = 60)
    private String identityKey;
    @Column(name = "agent_id_number", length = 40)
    private String agentIdNumber;
    /** The identity key of the appointed agent, whose account acts for this party. */
    @Column(name = "agent_identity_key", length = 60)
    private String agentIdentityKey;
    /** A respondent's answer to a direct application: null until answered (在线调解规则 Art. 15). */
    @Column(name = "consent_agreed")
    private Boolean consentAgreed;
    @Column(name = "consent_reason", length = 1000)
    private String consentReason;
    @Column(name = "consent_at")
    private Instant consentAt;

    protected Party() {
    }

    Party(MediationCase mediationCase, int seq, PartyDetails d) {
        this.mediationCase = mediationCase;
        this.seq = seq;
        this.role = d.role();
        this.type = d.type();
        this.name = d.name();
        this.country = d.country();
        this.creditCode = d.creditCode();
        this.foreignRegistrationNo = d.foreignRegistrationNo();
        this.idType = d.idType();
        this.idNumber = d.idNumber();
        this.legalRepresentative = d.legalRepresentative();
        this.address = d.address();
        this.phone = d.phone();
        this.email = d.email();
        this.agentName = d.agentName();
        this.agentPhone = d.agentPhone();
        this.litigationPosition = d.litigationPosition();
        this.externalRef = d.externalRef();
        this.agentIdNumber = d.agentIdNumber();
        this.identityKey = IdentityType.key(identityCode());
        this.agentIdentityKey = IdentityType.key(agentIdNumber);
    }

    /** True when an account of this identity key acts for the party: the party itself or its appointed agent. */
    public boolean isActedForBy(String accountIdentityKey) {
        return accountIdentityKey != null
                && (accountIdentityKey.equals(identityKey) || accountIdentityKey.equals(agentIdentityKey));
    }

    public String identityKey() {
        return identityKey;
    }

    /** The kind of {@link #identityCode()}: credit code, resident ID or passport, foreign registration; or null. */
    public IdentityType identityType() {
        if (creditCode != null) {
            return IdentityType.CREDIT_CODE;
        }
        if (idNumber != null) {
            return "PASSPORT".equals(idType) ? IdentityType.PASSPORT : IdentityType.RESIDENT_ID;
        }
        return foreignRegistrationNo != null ? IdentityType.FOREIGN_REGISTRATION : null;
    }

    /** The agent's ID number masked for display, or null. */
    public String maskedAgentIdNumber() {
        return IdNumbers.mask(agentIdNumber);
    }

    /**
     * Records a respondent's answer to a direct application (package-private: the aggregate decides when).
     */
    void answerConsent(boolean agree, String reason, Instant at) {
        this.consentAgreed = agree;
        this.consentReason = reason;
        this.consentAt = at;
    }

    /** The respondent's answer to a direct application: null until answered. */
    public Boolean consentAgreed() {
        return consentAgreed;
    }

    public String consentReason() {
        return consentReason;
    }

    public Instant consentAt() {
        return consentAt;
    }

    public int seq() {
        return seq;
    }

    public PartyRole role() {
        return role;
    }

    public PartyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String creditCode() {
        return creditCode;
    }

    public String foreignRegistrationNo() {
        return foreignRegistrationNo;
    }

    public String idType() {
        return idType;
    }

    /** The ID number masked for display ({@code 350203********042X}); the full number is never shown. */
    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    /**
     * The party's identifying code for matching only (conflict checks): the credit code of a legal person, else the
     * full ID number, else the foreign registration number; null when none. Never display it.
     */
    public String identityCode() {
        return identityCode(creditCode, idNumber, foreignRegistrationNo);
    }

    /** {@link #identityCode()} from the three columns (a projection that loads no entity); for matching only. */
    public static String identityCode(String creditCode, String idNumber, String foreignRegistrationNo) {
        return creditCode != null ? creditCode : idNumber != null ? idNumber : foreignRegistrationNo;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String agentName() {
        return agentName;
    }

    public String agentPhone() {
        return agentPhone;
    }

    public String litigationPosition() {
        return litigationPosition;
    }

    public String externalRef() {
        return externalRef;
    }
}
