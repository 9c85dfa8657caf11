package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.domain.CostConduct;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediator's failure report to the court (of a failed mediation, or on the unsettled claims of a partial
 * settlement): basic situation, reasons, each party's cost-increasing conduct (one row each), notes for the court.
 */
@Named
@ViewScoped
public class FailureReportDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private String basicSituation;
    private String failureReasons;
    private String notesForCourt;
    private final List<ConductRow> costIncreasingConduct = new ArrayList<>();

    /** One conduct row: the party and what it did. */
    public static class ConductRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long partyId;
        private String description;

        public Long getPartyId() {
            return partyId;
        }

        public void setPartyId(Long partyId) {
            this.partyId = partyId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public void addConduct() {
        costIncreasingConduct.add(new ConductRow());
    }

    public void removeConduct(int index) {
        if (index >= 0 && index < costIncreasingConduct.size()) {
            costIncreasingConduct.remove(index);
        }
    }

    /** Submits the report; a row's errors land on its row. The page asks for confirmation first. */
    public void submit() {
        run("mediation.reported", () -> mediation.reportFailure(caseId(), basicSituation, failureReasons,
                costIncreasingConduct.stream().map(r -> new CostConduct(r.partyId, r.description)).toList(),
                notesForCourt));
    }

    public String getBasicSituation() {
        return basicSituation;
    }

    public void setBasicSituation(String basicSituation) {
        this.basicSituation = basicSituation;
    }

    public String getFailureReasons() {
        return failureReasons;
    }

    public void setFailureReasons(String failureReasons) {
        this.failureReasons = failureReasons;
    }

    public String getNotesForCourt() {
        return notesForCourt;
    }

    public void setNotesForCourt(String notesForCourt) {
        this.notesForCourt = notesForCourt;
    }

    public List<ConductRow> getCostIncreasingConduct() {
        return costIncreasingConduct;
    }
}
