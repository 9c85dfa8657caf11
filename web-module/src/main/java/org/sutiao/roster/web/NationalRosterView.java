package org.sutiao.roster.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.identity.web.UserView;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.application.NationalRosterService;
import org.sutiao.roster.application.RosterFilter;
import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The national mediator roster page: filters (region, industry, specialty, language, employment, certification,
 * status, text), a lazy table, counts per region and industry of the filtered result, Excel export of the same
 * filter, and for court clerks an invitation of a listed mediator to the court's invited roster.
 */
@Named
@ViewScoped
public class NationalRosterView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalRosterService roster;
    @Inject
    transient InvitedRosterService invited;
    @Inject
    transient UserView user;

    private String region;
    private String industry;
    private String specialty;
    private String language;
    private Employment employment;
    private CertificationStatus certification;
    private MediatorStatus status;
    private String text;
    private LazyDataModel<NationalRosterEntry> entries;
    private transient Map<String, Long> byRegion;
    private transient Map<String, Long> byIndustry;
    private String inviteCode;
    private String inviteName;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void init() {
        entries = new LazyRows<>(() -> roster.count(filter()), (first, size, sort) -> roster.search(filter(), first,
                size, sort != null && NationalRosterService.SORTABLE.contains(sort.field()) ? sort.field() : null,
                sort == null || sort.ascending()), row -> row.snapshot().code());
    }

    /** The filter as entered. */
    public RosterFilter filter() {
        return new RosterFilter(region, industry, specialty, language, employment, certification, status, null, text);
    }

    /** Applies the filter: the table and the counts follow. */
    public void search() {
        byRegion = null;
        byIndustry = null;
    }

    /** Clears every filter. */
    public void reset() {
        region = industry = specialty = language = text = null;
        employment = null;
        certification = null;
        status = null;
        search();
    }

    public Map<String, Long> getCountsByRegion() {
        if (byRegion == null) {
            byRegion = roster.countsByRegion(filter());
        }
        return byRegion;
    }

    public Map<String, Long> getCountsByIndustry() {
        if (byIndustry == null) {
            byIndustry = roster.countsByIndustry(filter());
        }
        return byIndustry;
    }

    /** Streams the filtered roster as .xlsx (non-Ajax request). */
    public void export() throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        String name = FacesMessages.text("roster.sheet") + "-" + today() + ".xlsx";
        ext.responseReset();
        ext.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"roster.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = ext.getResponseOutputStream()) {
            roster.exportXlsx(filter(), ctx.getViewRoot().getLocale(), out);
        }
        ctx.responseComplete();
    }

    /** Court clerk: opens the invitation dialog for a listed mediator. */
    public void prepareInvite(NationalRosterEntry e) {
        inviteCode = e.snapshot().code();
        inviteName = e.snapshot().name();
        validFrom = today();
        validTo = null;
    }

    /** Court clerk: invites the chosen mediator to the court's invited roster. */
    public void invite() {
        try {
            invited.add(user.getCaller().orgCode(), null, inviteCode, validFrom, validTo);
            FacesMessages.info("roster.invited", inviteName);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(BusinessTime.ZONE);
    }

    public CertificationStatus certificationOf(NationalRosterEntry e) {
        return e.snapshot().certificationStatus(today());
    }

    public LazyDataModel<NationalRosterEntry> getEntries() {
        return entries;
    }

    public Employment[] getEmployments() {
        return Employment.values();
    }

    public CertificationStatus[] getCertifications() {
        return CertificationStatus.values();
    }

    public MediatorStatus[] getStatuses() {
        return MediatorStatus.values();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Employment getEmployment() {
        return employment;
    }

    public void setEmployment(Employment employment) {
        this.employment = employment;
    }

    public CertificationStatus getCertification() {
        return certification;
    }

    public void setCertification(CertificationStatus certification) {
        this.certification = certification;
    }

    public MediatorStatus getStatus() {
        return status;
    }

    public void setStatus(MediatorStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getInviteName() {
        return inviteName;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
