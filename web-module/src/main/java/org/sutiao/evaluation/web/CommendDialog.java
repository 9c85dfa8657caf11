package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.application.RosterService;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * HQ commends a mediator or a center from the evaluation dashboard (notice 法办〔2024〕623号 §5(3)): the dialog asks
 * for the reason and keeps it as a commendation on the mediator's record ({@link RosterService#commend}) or the
 * center's ({@link CenterService#commendCenter}); both audited.
 */
@Named
@ViewScoped
public class CommendDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService roster;
    @Inject
    transient CenterService centers;

    private String mediatorCode;
    private String mediatorName;
    private String reason;
    private boolean center;

    /** Opens the dialog for one mediator. */
    public void open(String code, String name) {
        mediatorCode = code;
        mediatorName = name;
        reason = null;
        center = false;
    }

    /** Opens the dialog for one center. */
    public void openCenter(String code, String name) {
        open(code, name);
        center = true;
    }

    /** True when the dialog commends a center (its intro says so). */
    public boolean isCenter() {
        return center;
    }

    /** Records the commendation; a missing reason is shown beside the field and nothing is written. */
    public void save() {
        try {
            if (center) {
                centers.commendCenter(mediatorCode, reason);
            } else {
                roster.commend(mediatorCode, reason);
            }
            FacesMessages.info("evaluation.commend.done", mediatorName);
            PrimeFaces.current().executeScript("PF('commendDlg').hide()");
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public String getMediatorName() {
        return mediatorName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
