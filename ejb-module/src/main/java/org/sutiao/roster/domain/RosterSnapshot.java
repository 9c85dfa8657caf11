package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What the national roster publishes about a mediator, as the center reported it: no identity number, no phone.
 * Specialties and languages are stored delimited on both sides ({@code ;商事合同;跨境贸易;}) so that a search for
 * one value is a single {@code LIKE '%;value;%'}.
 */
@Embeddable
public class RosterSnapshot {
    @Column(nullable = false, length = 20)
    private String code;
    @Column(nullable = false, length = 60)
    private String name;
    @Column(name = "center_code", nullable = false, length = 30)
    private String centerCode;
    @Column(name = "center_name", nullable = false, length = 120)
    private String centerName;
    @Column(nullable = false, length = 20)
    private String region;
    @Column(length = 40)
    private String industry;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Employment employment;
    @Column(length = 40)
    private String profession;
    @Column(length = 210)
    private String specialties;
    @Column(length = 110)
    private String languages;
    @Column(name = "years_experience", nullable = false)
    private int yearsExperience;
    @Enumerated(EnumType.STRING)
    @Column(name = "cert_level", length = 20)
    private CertLevel certLevel;
    @Column(name = "cert_number", length = 40)
    private String certNumber;
    @Column(name = "cert_valid_to")
    private LocalDate certValidTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediatorStatus status;

    protected RosterSnapshot() {
    }

    /** The reportable state of {@code m} now. */
    public static RosterSnapshot of(Mediator m) {
        RosterSnapshot s = new RosterSnapshot();
        s.code = m.code();
        s.name = m.name();
        s.centerCode = m.center().code();
        s.centerName = m.center().name();
        s.region = m.center().province();
        s.industry = m.center().industry();
        s.employment = m.employment();
        s.profession = m.profession();
        s.specialties = delimited(m.specialties());
        s.languages = delimited(m.languages());
        s.yearsExperience = m.yearsExperience();
        s.certLevel = m.certLevel();
        s.certNumber = m.certNumber() != null ? m.certNumber() : m.certified() ? "-" : null;
        s.certValidTo = m.certValidTo();
        s.status = m.status();
        return s;
    }

    /** A copy (embeddables are not shared between rows). */
    public RosterSnapshot copy() {
        RosterSnapshot s = new RosterSnapshot();
        s.code = code;
        s.name = name;
        s.centerCode = centerCode;
        s.centerName = centerName;
        s.region = region;
        s.industry = industry;
        s.employment = employment;
        s.profession = profession;
        s.specialties = specialties;
        s.languages = languages;
        s.yearsExperience = yearsExperience;
        s.certLevel = certLevel;
        s.certNumber = certNumber;
        s.certValidTo = certValidTo;
        s.status = status;
        return s;
    }

    /** {@code ;a;b;} for [a, b]; null for none. */
    static String delimited(List<String> values) {
        return values.isEmpty() ? null : ";" + String.join(";", values) + ";";
    }

    private static List<String> undelimited(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(";")).filter(v -> !v.isEmpty()).toList();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String centerCode() {
        return centerCode;
    }

    public String centerName() {
        return centerName;
    }

    public String region() {
        return region;
    }

    public String industry() {
        return industry;
    }

    public Employment employment() {
        return employment;
    }

    public String profession() {
        return profession;
    }

    public List<String> specialties() {
        return undelimited(specialties);
    }

    public List<String> languages() {
        return undelimited(languages);
    }

    public int yearsExperience() {
        return yearsExperience;
    }

    public CertLevel certLevel() {
        return certLevel;
    }

    public String certNumber() {
        return certNumber;
    }

    public LocalDate certValidTo() {
        return certValidTo;
    }

    public MediatorStatus status() {
        return status;
    }

    /** The certificate's state on {@code day}. */
    public CertificationStatus certificationStatus(LocalDate day) {
        return CertificationStatus.of(certNumber, certValidTo, day);
    }
}
