package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.DirectApplicationCommand;
import org.sutiao.cases.application.DirectApplicationService;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A party's direct application to a center (notice 法办〔2024〕623号 §4(4)5): the center chosen by region and
 * industry, the particulars, respondents (and third parties), claims, material files and an optional preferred
 * mediator of that center. The applicant is the logged-in party's confirmed identity. On a validation failure
 * every message stands beside its field and nothing entered is lost.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectApplicationService applications;

    private String region;
    private String industry;
    private String centerCode;
    private String preferredMediatorCode;
    private String causeOfAction;
    private String disputeType;
    private String facts;
    private String claimAmount;
    private String applicantPhone;
    private String applicantAddress;
    private final CaseDraft draft = new CaseDraft(List.of(PartyRole.RESPONDENT, PartyRole.THIRD_PARTY),
            PartyRole.RESPONDENT);
    private transient List<DirectApplicationService.CenterChoice> allCenters;
    private transient List<DirectApplicationService.MediatorChoice> mediators;
    private transient String mediatorsOf;

    /** The respondents, claims and files being entered. */
    public CaseDraft getDraft() {
        return draft;
    }

    /** The pilot regions that have centers one may apply to. */
    public List<String> getRegions() {
        return all().stream().map(DirectApplicationService.CenterChoice::province).distinct().sorted().toList();
    }

    /** The industries of the industry centers. */
    public List<String> getIndustries() {
        return all().stream().map(DirectApplicationService.CenterChoice::industry).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    /** The centers matching the chosen region and industry (all when neither is chosen). */
    public List<DirectApplicationService.CenterChoice> getCenters() {
        return all().stream()
                .filter(c -> CaseDraft.blank(region) || region.equals(c.province()))
                .filter(c -> CaseDraft.blank(industry) || industry.equals(c.industry()))
                .toList();
    }

    /**
     * The chosen center's mediators one may name; empty until a center is chosen. Loaded once per chosen center:
     * the menu's items are read at render and again when a choice is validated.
     */
    public List<DirectApplicationService.MediatorChoice> getMediators() {
        if (CaseDraft.blank(centerCode)) {
            return List.of();
        }
        if (mediators == null || !centerCode.equals(mediatorsOf)) {
            mediators = applications.mediators(centerCode);
            mediatorsOf = centerCode;
        }
        return mediators;
    }

    /** A new region or industry: a center no longer among the matches is unselected, and with it the mediator. */
    public void filterChanged() {
        if (getCenters().stream().noneMatch(c -> c.code().equals(centerCode))) {
            centerCode = null;
        }
        preferredMediatorCode = null;
    }

    /** A new center: the preferred mediator (of the old one) no longer applies. */
    public void centerChanged() {
        preferredMediatorCode = null;
    }

    /** Files the application; on success goes to the new case's page. */
    public void submit() {
        Long id;
        try {
            id = applications.apply(new DirectApplicationCommand(centerCode, causeOfAction, disputeType, facts,
                    CaseDraft.blank(claimAmount) ? null
                            : new ReferralCommand.MoneyInput(claimAmount.strip(), draft.getCurrency()),
                    CaseDraft.blank(applicantPhone) ? null : applicantPhone.strip(),
                    CaseDraft.blank(applicantAddress) ? null : applicantAddress.strip(),
                    draft.partyInputs(), draft.claimInputs(), draft.materialInputs(),
                    CaseDraft.blank(preferredMediatorCode) ? null : preferredMediatorCode));
        } catch (RuntimeException e) {
            FacesMessages.report(e);
            return;
        }
        CaseDraft.openCase(id, "apply.created");
    }

    private List<DirectApplicationService.CenterChoice> all() {
        if (allCenters == null) {
            allCenters = applications.centers(null, null);
        }
        return allCenters;
    }

    public String getRegion() { return region; }
    public void setRegion(String v) { this.region = v; }
    public String getIndustry() { return industry; }
    public void setIndustry(String v) { this.industry = v; }
    public String getCenterCode() { return centerCode; }
    public void setCenterCode(String v) { this.centerCode = v; }
    public String getPreferredMediatorCode() { return preferredMediatorCode; }
    public void setPreferredMediatorCode(String v) { this.preferredMediatorCode = v; }
    public String getCauseOfAction() { return causeOfAction; }
    public void setCauseOfAction(String v) { this.causeOfAction = v; }
    public String getDisputeType() { return disputeType; }
    public void setDisputeType(String v) { this.disputeType = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { this.facts = v; }
    public String getClaimAmount() { return claimAmount; }
    public void setClaimAmount(String v) { this.claimAmount = v; }
    public String getApplicantPhone() { return applicantPhone; }
    public void setApplicantPhone(String v) { this.applicantPhone = v; }
    public String getApplicantAddress() { return applicantAddress; }
    public void setApplicantAddress(String v) { this.applicantAddress = v; }
}
