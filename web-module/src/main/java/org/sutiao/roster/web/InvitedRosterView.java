package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.identity.web.UserView;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.domain.InvitedRosterEntry;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The court's invited roster (特邀调解名册): its entries with validity and removals, a form to invite a center or a
 * mediator (by code), and removal with a reason.
 */
@Named
@ViewScoped
public class InvitedRosterView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvitedRosterService roster;
    @Inject
    transient AcceptanceService acceptance;
    @Inject
    transient UserView user;

    private String centerCode;
    private String mediatorCode;
    private LocalDate validFrom = LocalDate.now(org.sutiao.shared.domain.BusinessTime.ZONE);
    private LocalDate validTo;
    private Long removeId;
    private String removeReason;
    private transient List<MediationCenter> centers;

    private String court() {
        return user.getCaller().orgCode();
    }

    public List<InvitedRosterEntry> getEntries() {
        return roster.entries(court());
    }

    /** True when the entry counts today. */
    public boolean active(InvitedRosterEntry e) {
        return e.isValidOn(LocalDate.now(org.sutiao.shared.domain.BusinessTime.ZONE));
    }

    public List<MediationCenter> getCenters() {
        if (centers == null) {
            centers = acceptance.centers();
        }
        return centers;
    }

    public void add() {
        try {
            roster.add(court(), centerCode, mediatorCode, validFrom, validTo);
            FacesMessages.info("invitedRoster.added");
            centerCode = null;
            mediatorCode = null;
            validTo = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void prepareRemove(Long id) {
        removeId = id;
        removeReason = null;
    }

    public void remove() {
        try {
            roster.remove(court(), removeId, removeReason);
            FacesMessages.info("invitedRoster.removed");
            org.primefaces.PrimeFaces.current().executeScript("PF('removeDlg').hide()");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getCenterCode() { return centerCode; }
    public void setCenterCode(String v) { this.centerCode = v; }
    public String getMediatorCode() { return mediatorCode; }
    public void setMediatorCode(String v) { this.mediatorCode = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { this.validFrom = v; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate v) { this.validTo = v; }
    public String getRemoveReason() { return removeReason; }
    public void setRemoveReason(String v) { this.removeReason = v; }
}
