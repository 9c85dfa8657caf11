package org.sutiao.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.roster.application.NationalRosterService;
import org.sutiao.roster.application.RosterFilter;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralResult;
import org.sutiao.cases.application.ReferralService;
import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    private String currency = "CNY";
    private LocalDateTime consentRecordedAt;
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<ClaimRow> claims = new ArrayList<>();
    private final List<UploadedMaterial> materials = new ArrayList<>();
    private transient List<MediationCenter> centers;

    @PostConstruct
    void init() {
        PartyRow applicant = new PartyRow();
        applicant.role = PartyRole.APPLICANT;
        PartyRow respondent = new PartyRow();
        respondent.role = PartyRole.RESPONDENT;
        parties.add(applicant);
        parties.add(respondent);
        claims.add(new ClaimRow());
    }

    /** An editable party row. */
    public static class PartyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private PartyRole role = PartyRole.APPLICANT;
        private PartyType type = PartyType.LEGAL_PERSON;
        private String name;
        private String creditCode;
        private String idNumber;
        private String phone;
        private String email;

        public PartyRole getRole() { return role; }
        public void setRole(PartyRole role) { this.role = role; }
        public PartyType getType() { return type; }
        public void setType(PartyType type) { this.type = type; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCreditCode() { return creditCode; }
        public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** An editable claim row; an empty amount means a non-monetary claim. */
    public static class ClaimRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String amount;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
    }

    /** A file uploaded into the form, already checked by content. */
    public record UploadedMaterial(String fileName, String contentType, byte[] content) implements Serializable {
        public long getSize() {
            return content.length;
        }
    }

    public void addParty() {
        PartyRow row = new PartyRow();
        row.role = PartyRole.RESPONDENT;
        parties.add(row);
    }

    public void removeParty(PartyRow row) {
        parties.remove(row);
    }

    public void addClaim() {
        claims.add(new ClaimRow());
    }

    public void removeClaim(ClaimRow row) {
        claims.remove(row);
    }

    /** Receives one file; refuses (beside the upload field) anything not PDF/JPEG/PNG/DOCX or over 20 MB. */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        try {
            String type = MaterialPolicy.check("materials", name, content);
            materials.add(new UploadedMaterial(name, type, content));
        } catch (InvalidInputException e) {
            InvalidInputException.FieldError f = e.fieldErrors().get(0);
            FacesMessages.error(FORM + ":materials", f.messageKey(), f.args());
        }
    }

    public void removeMaterial(UploadedMaterial m) {
        materials.remove(m);
    }

    /** Submits the referral; on success goes to the new case's page. */
    public void submit() throws IOException {
        try {
            ReferralResult result = referrals.refer(command(), null);
            FacesContext ctx = FacesContext.getCurrentInstance();
            ctx.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info(result.created() ? "refer.created" : "refer.existing");
            ctx.getExternalContext().redirect(ctx.getExternalContext().getRequestContextPath()
                    + "/cases/case.xhtml?id=" + result.caseId());
        } catch (RuntimeException e) {
            FacesMessages.report(e, fieldMap());
        }
    }

    private ReferralCommand command() {
        return new ReferralCommand(kind, courtCaseNumber, centerCode, causeOfAction, disputeType, facts,
                blank(claimAmount) ? null : new ReferralCommand.MoneyInput(claimAmount.strip(), currency),
                consentRecordedAt == null ? null : consentRecordedAt.atZone(BusinessTime.ZONE).toInstant(),
                parties.stream().map(p -> new ReferralCommand.PartyInput(p.role, p.type, p.name, null,
                        blank(p.creditCode) ? null : p.creditCode.strip(), null, null,
                        blank(p.idNumber) ? null : p.idNumber.strip(), null, null, p.phone,
                        blank(p.email) ? null : p.email.strip(), null, null, null, null)).toList(),
                claims.stream().map(c -> new ReferralCommand.ClaimInput(c.text,
                        blank(c.amount) ? null : new ReferralCommand.MoneyInput(c.amount.strip(), currency))).toList(),
                materials.stream().map(m -> new ReferralCommand.MaterialInput(m.fileName(), m.contentType(),
                        m.content())).toList(), blank(nominatedMediatorCode) ? null : nominatedMediatorCode);
    }

    /**
     * Mediators the parties may name for the chosen center: active ones on the approved national roster
     * (特邀调解规定 Art. 12); empty until a center is chosen.
     */
    public List<NationalRosterEntry> getNominatableMediators() {
        if (blank(centerCode)) {
            return List.of();
        }
        return nationalRoster.search(new RosterFilter(null, null, null, null, null, null, MediatorStatus.ACTIVE,
                centerCode, null), 0, NationalRosterService.MAX_PAGE, "code", true);
    }

    /** A new center: the named mediator (of the old one) no longer applies. */
    public void centerChanged() {
        nominatedMediatorCode = null;
    }

    private Map<String, String> fieldMap() {
        Map<String, String> map = new HashMap<>();
        map.put("kind", FORM + ":kind");
        map.put("courtCaseNumber", FORM + ":court-case-number");
        map.put("centerCode", FORM + ":center");
        map.put("nominatedMediatorCode", FORM + ":nominated");
        map.put("causeOfAction", FORM + ":cause-of-action");
        map.put("disputeType", FORM + ":dispute-type");
        map.put("facts", FORM + ":facts");
        map.put("claimAmount", FORM + ":claim-amount");
        map.put("consentRecordedAt", FORM + ":consent-at");
        map.put("parties", FORM + ":parties-message");
        map.put("claims", FORM + ":claims-message");
        map.put("materials", FORM + ":materials");
        for (int i = 0; i < parties.size(); i++) {
            for (String f : List.of("name", "creditCode", "idNumber", "phone", "email", "role", "type")) {
                map.put("parties[" + i + "]." + f, FORM + ":parties:" + i + ":party-" + kebab(f));
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            map.put("claims[" + i + "].text", FORM + ":claims:" + i + ":claim-text");
            map.put("claims[" + i + "].amount", FORM + ":claims:" + i + ":claim-amount");
        }
        return map;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<MediationCenter> getCenters() {
        if (centers == null) {
            centers = acceptance.centers();
        }
        return centers;
    }

    public ReferralKind[] getKinds() { return ReferralKind.values(); }
    public PartyRole[] getRoles() { return PartyRole.values(); }
    public PartyType[] getTypes() { return PartyType.values(); }
    /** The dispute types used for mediator matching (the mediators' specialty vocabulary). */
    public List<String> getDisputeTypes() {
        return List.of("商事合同", "电子商务", "跨境贸易", "知识产权", "金融", "建设工程", "海事海商", "投资");
    }

    public List<String> getCurrencies() { return List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP"); }

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
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { this.currency = v; }
    public LocalDateTime getConsentRecordedAt() { return consentRecordedAt; }
    public void setConsentRecordedAt(LocalDateTime v) { this.consentRecordedAt = v; }
    public List<PartyRow> getParties() { return parties; }
    public List<ClaimRow> getClaims() { return claims; }
    public List<UploadedMaterial> getMaterials() { return materials; }
}
