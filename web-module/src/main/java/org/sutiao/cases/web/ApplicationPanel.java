package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.application.DirectApplicationService;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.PartyRole;

import java.io.Serializable;

/**
 * The direct-application card of the case page (notice 法办〔2024〕623号 §4(4)5; 在线调解规则 Art. 15): the respondents'
 * answers and consent period for everyone in scope; for a respondent still to answer, consent or refusal (with a
 * reason); for the applicant, withdrawal before mediation starts and, once an application failed, the report with
 * how to file a suit, to acknowledge.
 */
@Named
@ViewScoped
public class ApplicationPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectApplicationService applications;
    @Inject
    transient MediationService mediation;
    @Inject
    CaseDetailView page;
    @Inject
    CaseActionsView actions;

    private transient DirectApplicationService.OwnParty own;
    private String reason;

    /** True for a direct application the caller may see in full. */
    public boolean isShown() {
        return page.getDetail() != null && page.getDetail().fullDetail()
                && page.getDetail().summary().source() == CaseSource.DIRECT_APPLICATION;
    }

    /** True when the caller is the applicant of a failed application whose report is still to be acknowledged. */
    public boolean isApplicantOfFailure() {
        DirectApplicationService.OwnParty p = own();
        return p != null && p.role() == PartyRole.APPLICANT && status() == CaseStatus.FAILED;
    }

    /**
     * True when the application card offers the caller withdrawal: the decision offers it ({@code CaseActions}: only
     * the applicant before the respondents consented) and mediation has not started yet (then the mediation card
     * offers it).
     */
    public boolean isApplicantMayWithdraw() {
        return isShown() && actions.offers("WITHDRAW")
                && (status() == CaseStatus.PENDING_ACCEPTANCE || status() == CaseStatus.PENDING_CONSENT);
    }

    /** The applicant withdraws the application (mediation is voluntary). */
    public void withdraw() {
        CasePageActions.run(page.getId(), "application.withdrawn",
                () -> mediation.withdraw(page.getId(), reason));
    }

    public void consent() {
        CasePageActions.run(page.getId(), "application.consented",
                () -> applications.answer(page.getId(), true, null));
    }

    public void refuse() {
        CasePageActions.run(page.getId(), "application.refused",
                () -> applications.answer(page.getId(), false, reason));
    }

    public void acknowledgeReport() {
        CasePageActions.run(page.getId(), "application.reportAcknowledged",
                () -> mediation.acknowledgeFailureReportAsApplicant(page.getId()));
    }

    private CaseStatus status() {
        CaseSummary s = page.getDetail() == null ? null : page.getDetail().summary();
        return s == null ? null : s.status();
    }

    private DirectApplicationService.OwnParty own() {
        if (own == null && isShown() && jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(org.sutiao.identity.domain.Role.PARTY_ROLE)) {
            own = applications.ownParty(page.getId());
        }
        return own;
    }

    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
