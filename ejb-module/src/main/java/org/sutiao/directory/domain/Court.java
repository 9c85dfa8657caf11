package org.sutiao.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

/**
 * A people's court. Addressed everywhere outside the database by its stable {@link #code()} ({@code BJ-B-0105});
 * equality by code.
 */
@Entity
@Table(name = "court")
@NamedQuery(name = "Court.byCode", query = "select c from Court c where c.code = :code")
@NamedQuery(name = "Court.all", query = "select c from Court c order by c.code")
public class Court extends VersionedEntity {
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CourtLevel level;
    @Column(nullable = false, length = 20)
    private String province;
    @Column(length = 40)
    private String city;
    @Column(name = "parent_code", length = 20)
    private String parentCode;
    @Column(name = "case_no_prefix", length = 20)
    private String caseNoPrefix;

    protected Court() {
    }

    public Court(String code, String name, CourtLevel level, String province, String city, String parentCode,
                 String caseNoPrefix) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.province = province;
        this.city = city;
        this.parentCode = parentCode;
        this.caseNoPrefix = caseNoPrefix;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The name lists show ({@link org.sutiao.shared.domain.ShortNames}); the full one on hover and detail pages. */
    public String shortName() {
        return org.sutiao.shared.domain.ShortNames.court(name);
    }

    public CourtLevel level() {
        return level;
    }

    public String province() {
        return province;
    }

    public String city() {
        return city;
    }

    public String parentCode() {
        return parentCode;
    }

    public String caseNoPrefix() {
        return caseNoPrefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Court c && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
