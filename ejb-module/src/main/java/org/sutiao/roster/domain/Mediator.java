package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.util.Arrays;
import java.util.List;

/**
 * A mediator on a center's roster. Addressed by {@link #code()} ({@code M0009}); equality by code.
 * Only an {@link MediatorStatus#ACTIVE} mediator can be assigned to a case.
 */
@Entity
@Table(name = "mediator")
@NamedQuery(name = "Mediator.byCode", query = "select m from Mediator m where m.code = :code")
@NamedQuery(name = "Mediator.activeByCenter",
        query = "select m from Mediator m where m.center.code = :centerCode and m.status = org.sutiao.roster.domain.MediatorStatus.ACTIVE order by m.code")
public class Mediator extends VersionedEntity {
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 60)
    private String name;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id")
    private MediationCenter center;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Employment employment;
    /** ';'-separated specialty names (商事合同;跨境贸易). */
    @Column(length = 200)
    private String specialties;
    /** ';'-separated BCP 47 language subtags (zh;en). */
    @Column(length = 100)
    private String languages;
    @Column(length = 40)
    private String profession;
    @Column(name = "years_experience")
    private int yearsExperience;
    private boolean certified;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediatorStatus status;

    protected Mediator() {
    }

    public Mediator(String code, String name, MediationCenter center, Employment employment, String specialties,
                    String languages, String profession, int yearsExperience, boolean certified,
                    MediatorStatus status) {
        this.code = code;
        this.name = name;
        this.center = center;
        this.employment = employment;
        this.specialties = specialties;
        this.languages = languages;
        this.profession = profession;
        this.yearsExperience = yearsExperience;
        this.certified = certified;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public MediationCenter center() {
        return center;
    }

    public Employment employment() {
        return employment;
    }

    public List<String> specialties() {
        return split(specialties);
    }

    public List<String> languages() {
        return split(languages);
    }

    public String profession() {
        return profession;
    }

    public int yearsExperience() {
        return yearsExperience;
    }

    public boolean certified() {
        return certified;
    }

    public MediatorStatus status() {
        return status;
    }

    /** True when the mediator may take a case: on the roster and active. */
    public boolean isAssignable() {
        return status == MediatorStatus.ACTIVE;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mediator m && code.equals(m.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
