package org.sutiao.cases.web;

import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parties, claims and material files of a case being entered in a form (a court's referral, a party's direct
 * application), kept in the view between requests; rendered by {@code WEB-INF/includes/cases/case-draft.xhtml}.
 * Files are checked by content as they are uploaded (PDF, JPEG, PNG, DOCX; at most 20 MB each).
 */
public class CaseDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<PartyRole> roles;
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<ClaimRow> claims = new ArrayList<>();
    private final List<UploadedMaterial> materials = new ArrayList<>();
    private String currency = "CNY";

    /**
     * @param roles   the roles a party row may take (a new row is a respondent when that is one of them)
     * @param initial the roles of the rows the form starts with
     */
    public CaseDraft(List<PartyRole> roles, PartyRole... initial) {
        this.roles = List.copyOf(roles);
        Arrays.stream(initial).forEach(r -> {
            PartyRow row = new PartyRow();
            row.role = r;
            parties.add(row);
        });
        claims.add(new ClaimRow());
    }

    /** An editable party row. */
    public static class PartyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private PartyRole role = PartyRole.RESPONDENT;
        private PartyType type = PartyType.LEGAL_PERSON;
        private String name;
        private String creditCode;
        private String idNumber;
        private String phone;
        private String email;
        private String agentName;
        private String agentIdNumber;

        public String getAgentName() { return agentName; }
        public void setAgentName(String v) { this.agentName = v; }
        public String getAgentIdNumber() { return agentIdNumber; }
        public void setAgentIdNumber(String v) { this.agentIdNumber = v; }
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
        row.role = roles.contains(PartyRole.RESPONDENT) ? PartyRole.RESPONDENT : roles.get(0);
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
            // beside the component named after the field (materials) in the form the upload belongs to
            FacesMessages.reportNear(e, event.getComponent());
        }
    }

    public void removeMaterial(UploadedMaterial m) {
        materials.remove(m);
    }

    /** The party rows as the service takes them. */
    public List<ReferralCommand.PartyInput> partyInputs() {
        return parties.stream().map(p -> new ReferralCommand.PartyInput(p.role, p.type, p.name, null,
                blank(p.creditCode) ? null : p.creditCode.strip(), null, null,
                blank(p.idNumber) ? null : p.idNumber.strip(), null, null, p.phone,
                blank(p.email) ? null : p.email.strip(), blank(p.agentName) ? null : p.agentName.strip(), null, null,
                null, blank(p.agentIdNumber) ? null : p.agentIdNumber.strip())).toList();
    }

    /** The claim rows, amounts in the draft's currency (an empty amount: non-monetary). */
    public List<ReferralCommand.ClaimInput> claimInputs() {
        return claims.stream().map(c -> new ReferralCommand.ClaimInput(c.text,
                blank(c.amount) ? null : new ReferralCommand.MoneyInput(c.amount.strip(), currency))).toList();
    }

    /** The uploaded files. */
    public List<ReferralCommand.MaterialInput> materialInputs() {
        return materials.stream().map(m -> new ReferralCommand.MaterialInput(m.fileName(), m.contentType(),
                m.content())).toList();
    }

    /**
     * After a case was filed: keeps the confirmation across the redirect and opens the case page.
     *
     * @throws java.io.UncheckedIOException when the redirect cannot be sent
     */
    static void openCase(Long caseId, String messageKey) {
        jakarta.faces.context.ExternalContext ext = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        ext.getFlash().setKeepMessages(true);
        FacesMessages.info(messageKey);
        try {
            ext.redirect(ext.getRequestContextPath() + "/cases/case.xhtml?id=" + caseId);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<PartyRole> getRoles() { return roles; }
    public PartyType[] getTypes() { return PartyType.values(); }
    /** The dispute types used for mediator matching (the mediators' specialty vocabulary). */
    public List<String> getDisputeTypes() {
        return List.of("商事合同", "电子商务", "跨境贸易", "知识产权", "金融", "建设工程", "海事海商", "投资");
    }
    public List<String> getCurrencies() { return List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP"); }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { this.currency = v; }
    public List<PartyRow> getParties() { return parties; }
    public List<ClaimRow> getClaims() { return claims; }
    public List<UploadedMaterial> getMaterials() { return materials; }
}
