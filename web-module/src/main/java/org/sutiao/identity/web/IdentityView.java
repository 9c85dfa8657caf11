package org.sutiao.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.PartyAccountService;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;

/**
 * A party's identity page: on first login the confirmation in two steps (人民法院在线调解规则 Art. 17) — the name and
 * ID or credit code as in the case records, the address for electronic service and the acknowledged warning against
 * sham mediation; then the six-digit code sent to the contact details on record. Afterwards what was confirmed, and
 * for an identity only declared the way to prove it by the records.
 */
@Named
@ViewScoped
public class IdentityView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Session attribute set once the identity is confirmed (the onboarding filter then lets the party through). */
    public static final String CONFIRMED = "sutiao.identityConfirmed";

    @Inject
    transient PartyAccountService accounts;

    private PartyAccountService.IdentityStatus status;
    private String name;
    private IdentityType identityType = IdentityType.CREDIT_CODE;
    private String identityCode;
    private String serviceAddress;
    private boolean warningAcknowledged;
    private String code;
    private String demoCode;
    private boolean editing;

    @PostConstruct
    void init() {
        status = accounts.status();
    }

    /** Step 1: sends the code; the code field appears. Errors stand beside their fields. */
    public void requestCode() {
        try {
            PartyAccountService.CodeRequested sent = accounts.requestCode(new PartyAccountService.IdentityConfirmation(
                    name, identityType, identityCode, serviceAddress, warningAcknowledged));
            demoCode = sent.demoCode();
            editing = false;
            code = null;
            status = accounts.status();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** For a declared identity: sends a code to the contact details the case records hold. */
    public void requestRecordsProof() {
        try {
            demoCode = accounts.requestRecordsProof().demoCode();
            code = null;
            status = accounts.status();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Step 2: the code; a first confirmation goes on to the party's cases. */
    public void verify() throws IOException {
        boolean first = !status.confirmed();
        try {
            status = accounts.verifyCode(code);
            demoCode = null;
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.getSessionMap().put(CONFIRMED, Boolean.TRUE);
            ext.getFlash().setKeepMessages(true);
            FacesMessages.info(first ? "identity.confirmedMessage" : "identity.provenMessage");
            ext.redirect(ext.getRequestContextPath() + "/party/cases.xhtml");
        } catch (RuntimeException e) {
            status = accounts.status();
            FacesMessages.report(e);
        }
    }

    /** Back to step 1 (to correct the details or to ask for a new code). */
    public void edit() {
        editing = true;
        demoCode = null;
    }

    /** True while step 2 is shown: a code is open and the party did not go back to step 1. */
    public boolean isAwaitingCode() {
        return !editing && status.codePendingUntil() != null;
    }

    public String getCode() { return code; }
    public void setCode(String v) { this.code = v; }
    /** The code itself, only on the demo platform where nothing is sent. */
    public String getDemoCode() { return demoCode; }

    public PartyAccountService.IdentityStatus getStatus() { return status; }
    public IdentityType[] getIdentityTypes() { return IdentityType.values(); }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public IdentityType getIdentityType() { return identityType; }
    public void setIdentityType(IdentityType v) { this.identityType = v; }
    public String getIdentityCode() { return identityCode; }
    public void setIdentityCode(String v) { this.identityCode = v; }
    public String getServiceAddress() { return serviceAddress; }
    public void setServiceAddress(String v) { this.serviceAddress = v; }
    public boolean isWarningAcknowledged() { return warningAcknowledged; }
    public void setWarningAcknowledged(boolean v) { this.warningAcknowledged = v; }
}
