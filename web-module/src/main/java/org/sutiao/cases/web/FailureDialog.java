package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.domain.FailureReason;

/** The mediator ends mediation without agreement (调解终结): the reason code and the reason. Irreversible. */
@Named
@ViewScoped
public class FailureDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private FailureReason reasonCode;
    private String reason;

    /** Ends mediation; the page asks for confirmation first. */
    public void fail() {
        run("mediation.failed", () -> mediation.fail(caseId(), reasonCode, reason));
    }

    /** The reasons a mediator may give (the others are the system's). */
    public FailureReason[] getReasonCodes() {
        return new FailureReason[]{FailureReason.PARTY_UNREACHABLE, FailureReason.PARTY_REFUSED,
                FailureReason.REFUSED_TO_SIGN, FailureReason.OTHER};
    }

    public FailureReason getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(FailureReason reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
