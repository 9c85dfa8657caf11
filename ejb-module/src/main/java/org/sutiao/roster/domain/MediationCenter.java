package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

/**
 * A CCPIT mediation center (HQ, local or industry). Addressed by its stable {@link #code()} ({@code CCPIT-L-BJ});
 * equality by code.
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

    @Override
    public boolean equals(Object o) {
        return o instanceof MediationCenter c && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
