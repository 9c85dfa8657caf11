package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.confirmation.domain.Ruling;
import org.sutiao.shared.web.FacesMessages;

import java.time.LocalDate;

/**
 * The court rules on judicial confirmation: the ruling, its number and date (calendar date), the ruling document (a
 * case material) and, for a rejection, the reason. Irreversible: the page asks for confirmation first.
 */
@Named
@ViewScoped
public class RulingDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;
    @Inject
    transient MaterialService materials;

    private Ruling ruling = Ruling.VALID;
    private String rulingNumber;
    private LocalDate rulingDate;
    private String reason;
    private Long materialId;
    private String materialName;

    /** Keeps the uploaded ruling document as a case material; its errors beside the upload. */
    public void upload(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.reportOn(e, event.getComponent());
        }
    }

    /** Records the ruling. */
    public void rule() {
        run("outcome.ruled", () -> confirmations.rule(caseId(), ruling, rulingNumber, rulingDate, materialId, reason));
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

    public String getMaterialName() {
        return materialName;
    }
}
