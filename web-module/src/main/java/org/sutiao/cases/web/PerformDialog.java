package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.LocalDate;

/** Records the voluntary performance of one obligation: the day (calendar date, Beijing) and the evidence. */
@Named
@ViewScoped
public class PerformDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementService agreements;

    private Integer obligationSeq;
    private LocalDate performedOn;
    private String evidence;

    /** Opens the dialog on obligation {@code seq}, dated today in Beijing. */
    public void prepare(Integer seq) {
        obligationSeq = seq;
        performedOn = BusinessTime.today();
        evidence = null;
    }

    /** Records the performance. */
    public void perform() {
        run("outcome.performed.done", () -> agreements.perform(caseId(), obligationSeq == null ? 0 : obligationSeq,
                performedOn, evidence));
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
