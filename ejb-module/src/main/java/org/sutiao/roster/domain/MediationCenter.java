package org.sutiao.roster.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A CCPIT mediation center (HQ, local or industry). Addressed by its stable {@link #code()} ({@code CCPIT-L-BJ});
 * equality by code. Besides its identity it holds the structured center-construction facts HQ keeps and evaluation
 * scores (notice 法办〔2024〕623号 §4(2)): organisational form, status, office area, venues, contacts and the
 * center's process rules (a document with its SHA-256).
 */
@Entity
@Table(name = "mediation_center")
@NamedQuery(name = "MediationCenter.byCode", query = "select c from MediationCenter c where c.code = :code")
@NamedQuery(name = "MediationCenter.all", query = "select c from MediationCenter c order by c.code")
public class MediationCenter extends VersionedEntity {
    @Column(nullable = false, unique = true, updatable = false, length = 30)
    private String code;
    @Column(nullable = false, length = 120)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CenterKind kind;
    @Column(nullable = false, length = 20)
    private String province;
    @Column(length = 40)
    private String industry;
    @Column(name = "parent_code", length = 30)
    private String parentCode;
    @Column(length = 200)
    private String address;
    @Column(length = 40)
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_form", length = 30)
    private CenterOrgForm orgForm;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CenterStatus status = CenterStatus.ACTIVE;
    @Column(name = "established_on")
    private LocalDate establishedOn;
    @Column(name = "office_area_sqm")
    private Integer officeAreaSqm;
    @Column(name = "contact_person", length = 60)
    private String contactPerson;
    @Column(name = "contact_email", length = 120)
    private String contactEmail;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "center_venue", joinColumns = @JoinColumn(name = "center_id"))
    @OrderColumn(name = "seq")
    private List<Venue> venues = new ArrayList<>();
    @Column(name = "rules_file_name", length = 200)
    private String rulesFileName;
    @Column(name = "rules_content_type", length = 100)
    private String rulesContentType;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "rules_content")
    private byte[] rulesContent;
    @Column(name = "rules_sha256", length = 64)
    private String rulesSha256;
    @Column(name = "rules_uploaded_at")
    private Instant rulesUploadedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    /**
     * The basic court where the center sits: a judicial confirmation of a direct application is addressed to it
     * (民事诉讼法 Art. 205; 特邀调解规定 Art. 28). Null until known.
     */
    @jakarta.persistence.ManyToOne
    @jakarta.persistence.JoinColumn(name = "confirmation_court_id")
    private org.sutiao.directory.domain.Court confirmationCourt;

    protected MediationCenter() {
    }

    public MediationCenter(String code, String name, CenterKind kind, String province, String industry,
                           String parentCode, String address, String phone) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = province;
        this.industry = industry;
        this.parentCode = parentCode;
        this.address = address;
        this.phone = phone;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The name lists show ({@link org.sutiao.shared.domain.ShortNames}); the full one on hover and detail pages. */
    public String shortName() {
        return org.sutiao.shared.domain.ShortNames.center(name);
    }

    public CenterKind kind() {
        return kind;
    }

    public String province() {
        return province;
    }

    public String industry() {
        return industry;
    }

    public String parentCode() {
        return parentCode;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public CenterOrgForm orgForm() {
        return orgForm;
    }

    public CenterStatus status() {
        return status;
    }

    /** True when the center may receive cases. */
    public boolean isOperating() {
        return status == CenterStatus.ACTIVE;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    /** Office floor area in square metres, or null. */
    public Integer officeAreaSqm() {
        return officeAreaSqm;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public List<Venue> venues() {
        return List.copyOf(venues);
    }

    public String rulesFileName() {
        return rulesFileName;
    }

    public String rulesContentType() {
        return rulesContentType;
    }

    /** The process-rules document, or null. */
    public byte[] rulesContent() {
        return rulesContent == null ? null : rulesContent.clone();
    }

    /** Lower-case hex SHA-256 of the process-rules document, or null. */
    public String rulesSha256() {
        return rulesSha256;
    }

    public Instant rulesUploadedAt() {
        return rulesUploadedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The basic court where the center sits (judicial confirmation of direct applications), or null. */
    public org.sutiao.directory.domain.Court confirmationCourt() {
        return confirmationCourt;
    }

    /**
     * Records the basic court where the center sits.
     *
     * @throws IllegalArgumentException unless {@code court} is a basic-level court
     */
    public void confirmAt(org.sutiao.directory.domain.Court court) {
        if (court != null && court.level() != org.sutiao.directory.domain.CourtLevel.BASIC) {
            throw new IllegalArgumentException("a basic court expected");
        }
        this.confirmationCourt = court;
    }

    /**
     * The court among {@code courts} where the center sits: a basic court of the center's province whose district
     * (the part before 人民法院, e.g. 朝阳区) appears in the center's address; empty when none does.
     */
    public java.util.Optional<org.sutiao.directory.domain.Court> seatCourtAmong(
            java.util.Collection<org.sutiao.directory.domain.Court> courts) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        return courts.stream()
                .filter(k -> k.level() == org.sutiao.directory.domain.CourtLevel.BASIC && province.equals(k.province()))
                .filter(k -> {
                    java.util.regex.Matcher m = DISTRICT.matcher(k.name());
                    return m.find() && address.contains(m.group(1));
                })
                .findFirst();
    }

    private static final java.util.regex.Pattern DISTRICT =
            java.util.regex.Pattern.compile("([^省市]{1,6}[区县])人民法院$");

    public String updatedBy() {
        return updatedBy;
    }

    /**
     * Replaces the construction facts (HQ). Identity (code, kind) never changes.
     *
     * @param facts the new values, already validated at the boundary
     */
    public void updateConstruction(CenterFacts facts, Instant at, String by) {
        this.name = facts.name();
        this.province = facts.province();
        this.industry = facts.industry();
        this.parentCode = facts.parentCode();
        this.address = facts.address();
        this.phone = facts.phone();
        this.orgForm = facts.orgForm();
        this.status = facts.status();
        this.establishedOn = facts.establishedOn();
        this.officeAreaSqm = facts.officeAreaSqm();
        this.contactPerson = facts.contactPerson();
        this.contactEmail = facts.contactEmail();
        this.venues.clear();
        this.venues.addAll(facts.venues());
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Stores the center's process rules document (a new upload replaces the old one). */
    public void attachRules(String fileName, String contentType, byte[] content, String sha256, Instant at, String by) {
        // the lazy attribute first: writing it fetches the unfetched attributes, which must not undo the writes below
        this.rulesContent = content.clone();
        this.rulesFileName = fileName;
        this.rulesContentType = contentType;
        this.rulesSha256 = sha256;
        this.rulesUploadedAt = at;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /**
     * The editable construction facts of a center.
     *
     * @param officeAreaSqm square metres, or null
     * @param venues        office and mediation venues, in display order
     */
    public record CenterFacts(String name, String province, String industry, String parentCode, String address,
                              String phone, CenterOrgForm orgForm, CenterStatus status, LocalDate establishedOn,
                              Integer officeAreaSqm, String contactPerson, String contactEmail, List<Venue> venues) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediationCenter c && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
