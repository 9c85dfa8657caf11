package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.roster.application.RosterService;
import org.sutiao.roster.application.RosterService.MediatorRecord;
import org.sutiao.roster.domain.AssessmentGrade;
import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.CounterpartType;
import org.sutiao.roster.domain.ExitReason;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MeritKind;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One mediator of the center's roster ({@code center/mediator.xhtml?code=M0009}): profile and certificate edit (with
 * the version it was loaded at), suspension, exit, assessments, commendations and sanctions, declared relationships,
 * training attended and the change history.
 */
@Named
@ViewScoped
public class MediatorRecordView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService roster;

    private String code;
    private Long version;
    private boolean found = true;
    private transient MediatorRecord record;
    private ProfileForm form;
    private String statusReason;
    private LocalDate exitDate;
    private ExitReason exitReason;
    private String exitNote;
    private String period;
    private BigDecimal score;
    private AssessmentGrade grade;
    private String assessor;
    private MeritKind meritKind;
    private LocalDate meritDate;
    private String meritReason;
    private CounterpartType counterpartType = CounterpartType.COMPANY;
    private String counterpartName;
    private String counterpartCode;
    private String relation;

    /** Loads the mediator named by the {@code code} view parameter. */
    public void load() {
        try {
            record = roster.record(code);
            Mediator m = record.mediator();
            version = m.version();
            if (form == null) {
                form = ProfileForm.of(m);
            }
        } catch (NotFoundException e) {
            found = false;
        }
    }

    private void reload() {
        record = null;
        form = null;
        load();
    }

    public MediatorRecord getRecord() {
        if (record == null && found && code != null) {
            load();
        }
        return record;
    }

    public Mediator getMediator() {
        return getRecord() == null ? null : record.mediator();
    }

    public CertificationStatus getCertification() {
        return getMediator().certificationStatus(LocalDate.now(BusinessTime.ZONE));
    }

    public void save() {
        try {
            roster.update(code, form.toProfile(getMediator().idNumber()), version);
            FacesMessages.info("roster.saved");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void suspend(boolean suspended) {
        try {
            roster.setSuspended(code, suspended, statusReason, version);
            FacesMessages.info("roster.saved");
            statusReason = null;
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void exit() {
        try {
            roster.exit(code, exitDate, exitReason, exitNote, version);
            FacesMessages.info("roster.exited");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void assess() {
        try {
            roster.assess(code, period, score, grade, assessor);
            FacesMessages.info("roster.saved");
            period = null;
            score = null;
            grade = null;
            assessor = null;
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void recordMerit() {
        try {
            roster.recordMerit(code, meritKind, meritDate, meritReason);
            FacesMessages.info("roster.saved");
            meritKind = null;
            meritDate = null;
            meritReason = null;
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void declare() {
        try {
            roster.declareRelationship(code, counterpartType, counterpartName, counterpartCode, relation);
            FacesMessages.info("roster.saved");
            counterpartName = null;
            counterpartCode = null;
            relation = null;
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void withdraw(Long relationshipId) {
        try {
            roster.withdrawRelationship(code, relationshipId);
            FacesMessages.info("roster.saved");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public ExitReason[] getExitReasons() {
        return ExitReason.values();
    }

    public AssessmentGrade[] getGrades() {
        return AssessmentGrade.values();
    }

    public MeritKind[] getMeritKinds() {
        return MeritKind.values();
    }

    public CounterpartType[] getCounterpartTypes() {
        return CounterpartType.values();
    }

    public boolean isFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public void setExitDate(LocalDate exitDate) {
        this.exitDate = exitDate;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }

    public String getExitNote() {
        return exitNote;
    }

    public void setExitNote(String exitNote) {
        this.exitNote = exitNote;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public AssessmentGrade getGrade() {
        return grade;
    }

    public void setGrade(AssessmentGrade grade) {
        this.grade = grade;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public MeritKind getMeritKind() {
        return meritKind;
    }

    public void setMeritKind(MeritKind meritKind) {
        this.meritKind = meritKind;
    }

    public LocalDate getMeritDate() {
        return meritDate;
    }

    public void setMeritDate(LocalDate meritDate) {
        this.meritDate = meritDate;
    }

    public String getMeritReason() {
        return meritReason;
    }

    public void setMeritReason(String meritReason) {
        this.meritReason = meritReason;
    }

    public CounterpartType getCounterpartType() {
        return counterpartType;
    }

    public void setCounterpartType(CounterpartType counterpartType) {
        this.counterpartType = counterpartType;
    }

    public String getCounterpartName() {
        return counterpartName;
    }

    public void setCounterpartName(String counterpartName) {
        this.counterpartName = counterpartName;
    }

    public String getCounterpartCode() {
        return counterpartCode;
    }

    public void setCounterpartCode(String counterpartCode) {
        this.counterpartCode = counterpartCode;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }
}
