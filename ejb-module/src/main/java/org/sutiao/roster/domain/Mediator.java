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
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.IdNumbers;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mediator on a center's roster (特邀调解规定 Art. 8–13). Addressed by {@link #code()} ({@code M0009}); equality by
 * code. Only an {@link MediatorStatus#ACTIVE} mediator can be assigned to a case. Nothing is deleted: an exit keeps
 * the mediator in the history with date and reason. Every change is described by {@link #update} so the service can
 * keep it with who and when, and report it up to HQ.
 */
@Entity
@Table(name = "mediator")
@NamedQuery(name = "Mediator.byCode", query = "select m from Mediator m where m.code = :code")
@NamedQuery(name = "Mediator.activeByCenter",
        query = "select m from Mediator m where m.center.code = :centerCode and m.status = org.sutiao.roster.domain.MediatorStatus.ACTIVE order by m.code")
@NamedQuery(name = "Mediator.activeNationalByCenter",
        query = "select m from Mediator m where m.center.code = :centerCode and m.status = org.sutiao.roster.domain.MediatorStatus.ACTIVE"
                + " and exists (select e from NationalRosterEntry e where e.mediatorId = m.id) order by m.code")
@NamedQuery(name = "Mediator.byCenter",
        query = "select m from Mediator m where m.center.code = :centerCode order by m.status, m.code")
@NamedQuery(name = "Mediator.byIdNumber", query = "select m from Mediator m where m.idNumber = :idNumber")
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
    @Column(name = "id_number", length = 20)
    private String idNumber;
    @Column(length = 40)
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "cert_level", length = 20)
    private CertLevel certLevel;
    @Column(name = "cert_number", length = 40)
    private String certNumber;
    @Column(name = "cert_valid_from")
    private LocalDate certValidFrom;
    @Column(name = "cert_valid_to")
    private LocalDate certValidTo;
    @Column(name = "training_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal trainingHours = BigDecimal.ZERO;
    @Column(name = "exit_date")
    private LocalDate exitDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 30)
    private ExitReason exitReason;
    @Column(name = "exit_note", length = 500)
    private String exitNote;

    protected Mediator() {
    }

    /** A roster entry as imported from the demo data (no identity number or certificate details). */
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

    /**
     * A new ACTIVE mediator entered by the center admin.
     *
     * @throws InvalidInputException when the ID number or the certificate details are inconsistent
     */
    public static Mediator enrol(String code, MediationCenter center, MediatorProfile p) {
        Mediator m = new Mediator(code, p.name().strip(), center, p.employment(), null, null, null, 0, false,
                MediatorStatus.ACTIVE);
        m.update(p);
        return m;
    }

    /**
     * Applies an edited profile.
     *
     * @return one entry per field that changed (specialties: 商事合同 → 商事合同;海事海商), empty when nothing did
     * @throws InvalidInputException when the ID number fails its check digit or the certificate data is inconsistent
     * @throws ConflictException     when the mediator has exited (the history is closed)
     */
    public List<ChangeNote.FieldChange> update(MediatorProfile p) {
        if (status == MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", code);
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String id = p.idNumber().strip().toUpperCase();
        if (!IdNumbers.isValidResidentId(id)) {
            errors.add(new InvalidInputException.FieldError("idNumber", "validation.idNumber"));
        }
        boolean hasCert = p.certNumber() != null && !p.certNumber().isBlank();
        if (hasCert && p.certLevel() == null) {
            errors.add(new InvalidInputException.FieldError("certLevel", "validation.required"));
        }
        if (hasCert && p.certValidFrom() == null) {
            errors.add(new InvalidInputException.FieldError("certValidFrom", "validation.required"));
        }
        if (p.certValidFrom() != null && p.certValidTo() != null && p.certValidTo().isBefore(p.certValidFrom())) {
            errors.add(new InvalidInputException.FieldError("certValidTo", "mediator.certPeriodOrder"));
        }
        String newSpecialties = join(p.specialties());
        String newLanguages = join(p.languages());
        if (newSpecialties != null && newSpecialties.length() > 200) {
            errors.add(new InvalidInputException.FieldError("specialties", "mediator.listTooLong", 200));
        }
        if (newLanguages != null && newLanguages.length() > 100) {
            errors.add(new InvalidInputException.FieldError("languages", "mediator.listTooLong", 100));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<ChangeNote.FieldChange> changes = new ArrayList<>();
        diff(changes, "name", name, p.name().strip());
        diff(changes, "idNumber", IdNumbers.mask(idNumber), IdNumbers.mask(id));
        diff(changes, "phone", phone, blankToNull(p.phone()));
        diff(changes, "employment", employment, p.employment());
        diff(changes, "profession", profession, blankToNull(p.profession()));
        diff(changes, "specialties", specialties, newSpecialties);
        diff(changes, "languages", languages, newLanguages);
        diff(changes, "yearsExperience", yearsExperience, p.yearsExperience());
        diff(changes, "certLevel", certLevel, hasCert ? p.certLevel() : null);
        diff(changes, "certNumber", certNumber, hasCert ? p.certNumber().strip() : null);
        diff(changes, "certValidFrom", certValidFrom, hasCert ? p.certValidFrom() : null);
        diff(changes, "certValidTo", certValidTo, hasCert ? p.certValidTo() : null);
        this.name = p.name().strip();
        this.idNumber = id;
        this.phone = blankToNull(p.phone());
        this.employment = p.employment();
        this.profession = blankToNull(p.profession());
        this.specialties = newSpecialties;
        this.languages = newLanguages;
        this.yearsExperience = p.yearsExperience();
        this.certLevel = hasCert ? p.certLevel() : null;
        this.certNumber = hasCert ? p.certNumber().strip() : null;
        this.certValidFrom = hasCert ? p.certValidFrom() : null;
        this.certValidTo = hasCert ? p.certValidTo() : null;
        this.certified = hasCert;
        return changes;
    }

    /** Demo data: identity number and certificate details added to an imported entry. */
    public void seedDetails(String idNumber, CertLevel level, String certNumber, LocalDate from, LocalDate to) {
        this.idNumber = idNumber;
        if (certified) {
            this.certLevel = level;
            this.certNumber = certNumber;
            this.certValidFrom = from;
            this.certValidTo = to;
        }
    }

    /**
     * Suspends (e.g. during an investigation) or reinstates an active mediator.
     *
     * @return the status change (field {@code status}, before, after)
     * @throws ConflictException when exited, or already in that state
     */
    public ChangeNote.FieldChange setSuspended(boolean suspended) {
        if (status == MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", code);
        }
        MediatorStatus target = suspended ? MediatorStatus.SUSPENDED : MediatorStatus.ACTIVE;
        if (status == target) {
            throw new ConflictException("mediator.alreadyInStatus", code, target.name());
        }
        ChangeNote.FieldChange line = new ChangeNote.FieldChange("status", status, target);
        status = target;
        return line;
    }

    /**
     * The mediator leaves the roster; kept in the history, never assignable again.
     *
     * @return the change note (date, reason and the note when given)
     * @throws InvalidInputException when date or reason is missing, or OTHER without a note
     * @throws ConflictException     when already exited
     */
    public ChangeNote exit(LocalDate date, ExitReason reason, String note) {
        if (status == MediatorStatus.EXITED) {
            throw new ConflictException("mediator.exited", code);
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("exitDate", "validation.required"));
        }
        if (reason == null) {
            errors.add(new InvalidInputException.FieldError("exitReason", "validation.required"));
        }
        if (reason == ExitReason.OTHER && (note == null || note.isBlank())) {
            errors.add(new InvalidInputException.FieldError("exitNote", "validation.required"));
        }
        if (note != null && note.strip().length() > 500) {
            errors.add(new InvalidInputException.FieldError("exitNote", "validation.size", 0, 500));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.status = MediatorStatus.EXITED;
        this.exitDate = date;
        this.exitReason = reason;
        this.exitNote = blankToNull(note);
        return exitNote == null ? ChangeNote.of("rosterChange.exit", date, reason)
                : ChangeNote.of("rosterChange.exitNote", date, reason, exitNote);
    }

    /** Adds attended training hours (one decimal). */
    public void addTrainingHours(BigDecimal hours) {
        this.trainingHours = trainingHours.add(hours);
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

    /** The full resident ID number (for conflict checks; never shown unmasked). */
    public String idNumber() {
        return idNumber;
    }

    /** The ID number as shown: {@code 110105********123X}. */
    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    public String phone() {
        return phone;
    }

    public CertLevel certLevel() {
        return certLevel;
    }

    public String certNumber() {
        return certNumber;
    }

    public LocalDate certValidFrom() {
        return certValidFrom;
    }

    public LocalDate certValidTo() {
        return certValidTo;
    }

    /** The certificate's state on {@code day}. */
    public CertificationStatus certificationStatus(LocalDate day) {
        return CertificationStatus.of(certNumber != null ? certNumber : certified ? "-" : null, certValidTo, day);
    }

    /** Total attended training hours. */
    public BigDecimal trainingHours() {
        return trainingHours;
    }

    public LocalDate exitDate() {
        return exitDate;
    }

    public ExitReason exitReason() {
        return exitReason;
    }

    public String exitNote() {
        return exitNote;
    }

    /** True when the mediator may take a case: on the roster and active. */
    public boolean isAssignable() {
        return status == MediatorStatus.ACTIVE;
    }

    private static void diff(List<ChangeNote.FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ChangeNote.FieldChange(field, before, after));
        }
    }

    private static String join(List<String> values) {
        List<String> clean = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        return clean.isEmpty() ? null : String.join(";", clean);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
