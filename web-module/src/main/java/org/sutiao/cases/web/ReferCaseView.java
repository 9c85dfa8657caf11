package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import org.sutiao.cases.application.CenterChoice;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.roster.application.NationalRosterService;
import org.sutiao.roster.application.RosterFilter;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralResult;
import org.sutiao.cases.application.ReferralService;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The court clerk's referral form: kind, the court's case number, the center, particulars, the parties' consent,
 * parties, claims and material files (checked by content as they are uploaded). On a validation failure every
 * message stands beside its field and nothing entered is lost. The center menu offers the centers on the court's
 * invited roster; the others are listed apart, disabled, each with its reason (notice 法办〔2024〕623号 §2(5);
 * 特邀调解规定 Art. 5–10); a choice is checked at once and again by the service on submit.
 */
@Named
@ViewScoped
public class ReferCaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The intake's refusals that concern the chosen center: shown beside the center menu. */
    private static final Set<String> CENTER_REFUSALS = Set.of("referral.centerNotInvited",
            "referral.centerNotOperating", "pilot.centerRegion", "referral.unknownCenter");

    @Inject
    transient ReferralService referrals;
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
    private final CaseDraft draft = new CaseDraft(List.of(PartyRole.values()), PartyRole.APPLICANT,
            PartyRole.RESPONDENT);
    private transient List<CenterChoice> centerChoices;
    private transient List<SelectItem> centerItems;
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
        } catch (ConflictException e) {
            if (!CENTER_REFUSALS.contains(e.code())) {
                FacesMessages.report(e);
                return;
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            FacesMessages.fieldError("centerCode", e.code(), e.args());
            return;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
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

    /**
     * A new center: the named mediator (of the old one) no longer applies; the choice is checked at once against
     * the court's invited roster, its answer beside the menu.
     */
    public void centerChanged() {
        nominatedMediatorCode = null;
        if (CaseDraft.blank(centerCode)) {
            return;
        }
        CenterChoice choice = getCenterChoices().stream().filter(c -> c.code().equals(centerCode)).findFirst()
                .orElse(null);
        if (choice == null) {
            FacesMessages.fieldError("centerCode", "referral.unknownCenter", centerCode);
        } else if (!choice.referable()) {
            FacesMessages.fieldError("centerCode", choice.reasonKey(), choice.reasonArgs().toArray());
        } else {
            FacesMessages.fieldInfo("centerCode", "refer.centerOk", choice.name());
        }
    }


    /** Every center with whether this court may refer to it today and why not (loaded once per view). */
    public List<CenterChoice> getCenterChoices() {
        if (centerChoices == null) {
            centerChoices = referrals.centerChoices();
        }
        return centerChoices;
    }

    /**
     * The center menu's items: a group of the centers on the court's invited roster, then a group of the others,
     * disabled, each labelled with its reason.
     */
    public List<SelectItem> getCenterItems() {
        if (centerItems == null) {
            List<SelectItem> open = new ArrayList<>();
            List<SelectItem> closed = new ArrayList<>();
            for (CenterChoice c : getCenterChoices()) {
                if (c.referable()) {
                    open.add(new SelectItem(c.code(), c.name()));
                } else {
                    SelectItem item = new SelectItem(c.code(), FacesMessages.text("refer.centerUnavailableItem",
                            c.name(), FacesMessages.text("refer.reason." + c.reasonKey())));
                    item.setDisabled(true);
                    closed.add(item);
                }
            }
            centerItems = new ArrayList<>();
            centerItems.add(new SelectItemGroup(FacesMessages.text("refer.centersInvited"), null, false,
                    open.toArray(SelectItem[]::new)));
            if (!closed.isEmpty()) {
                centerItems.add(new SelectItemGroup(FacesMessages.text("refer.centersUnavailable"), null, false,
                        closed.toArray(SelectItem[]::new)));
            }
        }
        return centerItems;
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
