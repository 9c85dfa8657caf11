package org.sutiao.roster.web;

import org.sutiao.roster.domain.CertLevel;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorProfile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediator profile as a page edits it (mutable, serializable); {@link #toProfile()} gives the validated record.
 * On edit the ID number starts empty: the stored one is never sent to the browser; leaving it empty keeps it.
 */
public class ProfileForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String idNumber;
    private String phone;
    private Employment employment = Employment.PART_TIME;
    private String profession;
    private List<String> specialties = new ArrayList<>();
    private List<String> languages = new ArrayList<>(List.of("zh"));
    private int yearsExperience;
    private CertLevel certLevel;
    private String certNumber;
    private LocalDate certValidFrom;
    private LocalDate certValidTo;

    /** A form filled with a mediator's current values (ID number left empty). */
    public static ProfileForm of(Mediator m) {
        ProfileForm f = new ProfileForm();
        f.name = m.name();
        f.phone = m.phone();
        f.employment = m.employment();
        f.profession = m.profession();
        f.specialties = new ArrayList<>(m.specialties());
        f.languages = new ArrayList<>(m.languages());
        f.yearsExperience = m.yearsExperience();
        f.certLevel = m.certLevel();
        f.certNumber = m.certNumber();
        f.certValidFrom = m.certValidFrom();
        f.certValidTo = m.certValidTo();
        return f;
    }

    /**
     * The record to validate and save.
     *
     * @param storedIdNumber used when the ID field was left empty on edit, or null for a new mediator
     */
    public MediatorProfile toProfile(String storedIdNumber) {
        String id = idNumber == null || idNumber.isBlank() ? storedIdNumber : idNumber;
        return new MediatorProfile(name, id, phone, employment, profession,
                specialties == null ? List.of() : specialties, languages == null ? List.of() : languages,
                yearsExperience, certLevel, certNumber, certValidFrom, certValidTo);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Employment getEmployment() {
        return employment;
    }

    public void setEmployment(Employment employment) {
        this.employment = employment;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public List<String> getSpecialties() {
        return specialties;
    }

    public void setSpecialties(List<String> specialties) {
        this.specialties = specialties;
    }

    public List<String> getLanguages() {
        return languages;
    }

    /**
     * The working languages to choose from (ISO 639 codes, shown by their names: {@code language.<code>}), with
     * any code the profile already holds.
     */
    public List<String> getLanguageOptions() {
        List<String> options = new ArrayList<>(org.sutiao.shared.web.Formats.LANGUAGES);
        if (languages != null) {
            languages.stream().filter(l -> !options.contains(l)).forEach(options::add);
        }
        return options;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public int getYearsExperience() {
        return yearsExperience;
    }

    public void setYearsExperience(int yearsExperience) {
        this.yearsExperience = yearsExperience;
    }

    public CertLevel getCertLevel() {
        return certLevel;
    }

    public void setCertLevel(CertLevel certLevel) {
        this.certLevel = certLevel;
    }

    public String getCertNumber() {
        return certNumber;
    }

    public void setCertNumber(String certNumber) {
        this.certNumber = certNumber;
    }

    public LocalDate getCertValidFrom() {
        return certValidFrom;
    }

    public void setCertValidFrom(LocalDate certValidFrom) {
        this.certValidFrom = certValidFrom;
    }

    public LocalDate getCertValidTo() {
        return certValidTo;
    }

    public void setCertValidTo(LocalDate certValidTo) {
        this.certValidTo = certValidTo;
    }
}
