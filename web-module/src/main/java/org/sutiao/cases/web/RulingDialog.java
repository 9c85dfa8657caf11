package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.confirmation.domain.Ruling;

import java.time.LocalDate;

/**
 * The court rules on judicial confirmation: the ruling, its number and date (calendar date), the ruling document (a
 * case material) and, for a rejection, the reason. Irreversible: the page asks for confirmation first.
 */
@Named
@ViewScoped
public class RulingDialog extends UploadingCaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;

    private Ruling ruling = Ruling.VALID;
    private String rulingNumber;
    private LocalDate rulingDate;
    private String reason;

    /** Records the ruling. */
    public void rule() {
        run("outcome.ruled", () -> confirmations.rule(caseId(), ruling, rulingNumber, rulingDate, materialId(), reason));
    }

    public Ruling[] getRulings() {
        return Ruling.values();
    }

    public Ruling getRuling() {
        return ruling;
    }

    public void setRuling(Ruling ruling) {
        this.ruling = ruling;
    }

    public String getRulingNumber() {
        return rulingNumber;
    }

    public void setRulingNumber(String rulingNumber) {
        this.rulingNumber = rulingNumber;
    }

    public LocalDate getRulingDate() {
        return rulingDate;
    }

    public void setRulingDate(LocalDate rulingDate) {
        this.rulingDate = rulingDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
