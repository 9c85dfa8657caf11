package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.web.UserView;
import org.sutiao.roster.application.RosterReportService;
import org.sutiao.roster.application.RosterService;
import org.sutiao.roster.domain.CertLevel;
import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.RosterReport;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The center admin's roster page: the center's mediators (exited ones kept, marked), enrolment of a new mediator,
 * the changes not yet reported and the report to HQ with its history.
 */
@Named
@ViewScoped
public class CenterRosterView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService roster;
    @Inject
    transient RosterReportService reports;
    @Inject
    transient UserView user;

    private ProfileForm form = new ProfileForm();
    private String reportNote;
    private transient List<Mediator> mediators;
    private transient List<MediatorChange> unreported;

    private String center() {
        return user.getCaller().orgCode();
    }

    public List<Mediator> getMediators() {
        if (mediators == null) {
            mediators = roster.roster(center());
        }
        return mediators;
    }

    public List<MediatorChange> getUnreported() {
        if (unreported == null) {
            unreported = reports.unreported(center());
        }
        return unreported;
    }

    public List<RosterReport> getReports() {
        return reports.reportsOf(center());
    }

    /** Opens an empty enrolment form. */
    public void prepareEnrol() {
        form = new ProfileForm();
    }

    /** Enrols the mediator on the form. */
    public void enrol() {
        try {
            Mediator m = roster.enrol(center(), form.toProfile(null));
            FacesMessages.info("roster.enrolled", m.code(), m.name());
            form = new ProfileForm();
            mediators = null;
            unreported = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Reports the unreported changes to HQ. */
    public void submitReport() {
        try {
            RosterReport r = reports.submit(center(), reportNote);
            FacesMessages.info("roster.reported", String.valueOf(r.id()));
            reportNote = null;
            unreported = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public CertificationStatus certificationOf(Mediator m) {
        return m.certificationStatus(LocalDate.now(BusinessTime.ZONE));
    }

    public Employment[] getEmployments() {
        return Employment.values();
    }

    public CertLevel[] getCertLevels() {
        return CertLevel.values();
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getReportNote() {
        return reportNote;
    }

    public void setReportNote(String reportNote) {
        this.reportNote = reportNote;
    }
}
