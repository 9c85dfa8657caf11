package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.CourtAction;
import org.sutiao.cases.domain.ExtensionStatus;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.NotFoundException;

import java.io.Serializable;

/**
 * The mediation workspace on the case page: what was disclosed, suspended, extended and reported, for everyone in
 * scope, and the one-click answers of a party (to a disclosure, to an extension). Each action with fields has its
 * own dialog bean ({@link DiscloseDialog}, {@link ScheduleSessionDialog}, {@link FailureDialog} …); the buttons are
 * offered by {@code CaseActions}.
 */
@Named
@ViewScoped
public class MediationPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    CaseDetailView page;
    @Inject
    OutcomePanel outcome;

    private transient WorkspaceView workspace;

    private Long caseId() {
        return page.getId();
    }

    private CaseStatus status() {
        return page.getDetail() == null ? null : page.getDetail().summary().status();
    }

    /** The workspace records, or null outside scope. */
    public WorkspaceView getWorkspace() {
        if (workspace == null && caseId() != null && page.getDetail() != null) {
            try {
                workspace = mediation.workspace(caseId());
            } catch (NotFoundException e) {
                return null;
            }
        }
        return workspace;
    }

    /** True while mediation runs (in mediation or suspended). */
    public boolean isActive() {
        return status() == CaseStatus.IN_MEDIATION || status() == CaseStatus.SUSPENDED;
    }

    /**
     * True when the mediator still has to write the failure report on the unsettled claims of a partial settlement
     * (for the hint of the report dialog; the button is offered by {@code CaseActions}).
     */
    public boolean isPartialReportDue() {
        return outcome.isPartialSettlement() && getWorkspace() != null && workspace.failureReport() == null;
    }

    /** The suspension still running, or null. */
    public WorkspaceView.SuspensionView getRunningSuspension() {
        return getWorkspace() == null ? null : workspace.suspensions().stream()
                .filter(WorkspaceView.SuspensionView::isRunning)
                .findFirst().orElse(null);
    }

    /** The extension waiting for consent, or null. */
    public WorkspaceView.ExtensionView getOpenExtension() {
        return getWorkspace() == null ? null : workspace.extensions().stream()
                .filter(e -> e.status() == ExtensionStatus.PROPOSED).findFirst().orElse(null);
    }

    /** The action the court records for this kind of case. */
    public CourtAction getExpectedCourtAction() {
        ReferralKind kind = page.getDetail() == null ? null : page.getDetail().summary().referralKind();
        return kind == ReferralKind.DELEGATED ? CourtAction.CASE_REGISTERED
                : kind == ReferralKind.ENTRUSTED ? CourtAction.TRIAL_RESUMED : CourtAction.APPLICANT_INFORMED;
    }

    /** A party's name by id (for the lists). */
    public String partyName(Long id) {
        return page.getDetail() == null ? "" : page.getDetail().parties().stream().filter(p -> p.id().equals(id))
                .map(CaseDetail.PartyView::name).findFirst().orElse(String.valueOf(id));
    }

    /** A party agrees (or not) to go on with the mediator who disclosed a conflict. */
    public void answer(boolean agree) {
        CasePageActions.run(caseId(), "mediation.answered", () -> mediation.answerDisclosure(caseId(), agree));
    }

    /** A party consents online to the open extension. */
    public void consent() {
        WorkspaceView.ExtensionView e = getOpenExtension();
        CasePageActions.run(caseId(), "mediation.consented",
                () -> mediation.consentExtension(caseId(), e == null ? null : e.id(), null, null));
    }
}
