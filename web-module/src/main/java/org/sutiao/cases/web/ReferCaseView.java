package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.roster.application.NationalRosterService;
import org.sutiao.roster.application.RosterFilter;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralResult;
import org.sutiao.cases.application.ReferralService;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The court clerk's referral form: kind, the court's case number, the center, particulars, the parties' consent,
 * parties, claims and material files (checked by content as they are uploaded). On a validation failure every
 * message stands beside its field and nothing entered is lost.
 */
@Named
@ViewScoped
public class ReferCaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "refer-form";

    @Inject
    transient ReferralService referrals;
    @Inject
    transient AcceptanceService acceptance;
    @Inject
    transient NationalRosterService nationalRoster;

    private ReferralKind kind = ReferralKind.DELEGATED;
    private String courtCaseNumber;
    private String centerCode;
    private String nominatedMediatorCode;
    private String causeOfAction;
    private String disputeType;
    private String facts;
    private String claimAmount;
    private LocalDateTime consentRecordedAt;
    private final CaseDraft draft = new CaseDraft(FORM, List.of(PartyRole.values()), PartyRole.APPLICANT,
            PartyRole.RESPONDENT);
    private transient List<MediationCenter> centers;
    private transient List<NationalRosterEntry> nominatable;
    private transient String nominatableOf;

    /** The parties (an applicant and a respondent to start with), claims and files being entered. */
    public CaseDraft getDraft() {
        return draft;
    }

    /** Submits the referral; on success goes to the new case's page. */
    public void submit() {
        ReferralResult result;
        try {
            result = referrals.refer(command(), null);
        } catch (RuntimeException e) {
            FacesMessages.report(e, fieldMap());
            return;
        }
        CaseDraft.openCase(result.caseId(), result.created() ? "refer.created" : "refer.existing");
    }

    private ReferralCommand command() {
        return new ReferralCommand(kind, courtCaseNumber, centerCode, causeOfAction, disputeType, facts,
                CaseDraft.blank(claimAmount) ? null : new ReferralCommand.MoneyInput(claimAmount.strip(), draft.getCurrency()),
                consentRecordedAt == null ? null : consentRecordedAt.atZone(BusinessTime.ZONE).toInstant(),
                draft.partyInputs(), draft.claimInputs(), draft.materialInputs(),
                CaseDraft.blank(nominatedMediatorCode) ? null : nominatedMediatorCode);
    }

    /**
     * Mediators the parties may name for the chosen center: active ones on the approved national roster
     * (特邀调解规定 Art. 12); empty until a center is chosen. Loaded once per chosen center: the menu's items are
     * read at render and again when a choice is validated.
     */
    public List<NationalRosterEntry> getNominatableMediators() {
        if (CaseDraft.blank(centerCode)) {
            return List.of();
        }
        if (nominatable == null || !centerCode.equals(nominatableOf)) {
            nominatable = nationalRoster.search(new RosterFilter(null, null, null, null, null, null,
                    MediatorStatus.ACTIVE, centerCode, null), 0, NationalRosterService.MAX_PAGE, "code", true);
            nominatableOf = centerCode;
        }
        return nominatable;
    }

    /** A new center: the named mediator (of the old one) no longer applies. */
    public void centerChanged() {
        nominatedMediatorCode = null;
    }

    private Map<String, String> fieldMap() {
        Map<String, String> map = new HashMap<>();
        map.put("kind", FORM + ":kind");
        map.put("courtCaseNumber", FORM + ":court-case-number");
        map.put("nominatedMediatorCode", FORM + ":nominated");
        map.put("consentRecordedAt", FORM + ":consent-at");
        draft.mapFields(map, "parties");
        return map;
    }


    public List<MediationCenter> getCenters() {
        if (centers == null) {
            centers = acceptance.centers();
        }
        return centers;
    }

    public ReferralKind[] getKinds() { return ReferralKind.values(); }

    public ReferralKind getKind() { return kind; }
    public void setKind(ReferralKind kind) { this.kind = kind; }
    public String getCourtCaseNumber() { return courtCaseNumber; }
    public void setCourtCaseNumber(String v) { this.courtCaseNumber = v; }
    public String getNominatedMediatorCode() { return nominatedMediatorCode; }
    public void setNominatedMediatorCode(String v) { this.nominatedMediatorCode = v; }
    public String getCenterCode() { return centerCode; }
    public void setCenterCode(String v) { this.centerCode = v; }
    public String getCauseOfAction() { return causeOfAction; }
    public void setCauseOfAction(String v) { this.causeOfAction = v; }
    public String getDisputeType() { return disputeType; }
    public void setDisputeType(String v) { this.disputeType = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { this.facts = v; }
    public String getClaimAmount() { return claimAmount; }
    public void setClaimAmount(String v) { this.claimAmount = v; }
    public LocalDateTime getConsentRecordedAt() { return consentRecordedAt; }
    public void setConsentRecordedAt(LocalDateTime v) { this.consentRecordedAt = v; }
}
