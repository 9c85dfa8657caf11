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
import java.util.Map;

/**
 * A party's identity page: on first login the confirmation (name and ID or credit code matching the case records,
 * the address for electronic service, the acknowledged warning against sham mediation, 人民法院在线调解规则 Art. 17);
 * afterwards what was confirmed.
 */
@Named
@ViewScoped
public class IdentityView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "identity-form";
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

    @PostConstruct
    void init() {
        status = accounts.status();
    }

    /** Confirms and goes to the party's cases; errors stand beside their fields. */
    public void confirm() throws IOException {
        try {
            status = accounts.confirm(new PartyAccountService.IdentityConfirmation(name, identityType, identityCode,
                    serviceAddress, warningAcknowledged));
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.getSessionMap().put(CONFIRMED, Boolean.TRUE);
            ext.getFlash().setKeepMessages(true);
            FacesMessages.info("identity.confirmedMessage");
            ext.redirect(ext.getRequestContextPath() + "/party/cases.xhtml");
        } catch (RuntimeException e) {
            FacesMessages.report(e, Map.of("name", FORM + ":name", "identityType", FORM + ":identity-type",
                    "identityCode", FORM + ":identity-code", "serviceAddress", FORM + ":service-address",
                    "warningAcknowledged", FORM + ":warning"));
        }
    }

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
