package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.roster.application.CenterForm;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CenterOrgForm;
import org.sutiao.roster.domain.CenterStatus;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.VenueKind;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * HQ's centers page: every center with kind, region or industry, form and status; a dialog to edit a center's
 * construction facts (venues as rows), to register a new center, and to upload its process rules.
 */
@Named
@ViewScoped
public class CentersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CenterService centers;

    private String code;
    private boolean creating;
    private CenterKind kind;
    private Long version;
    private String name;
    private String province;
    private String industry;
    private String parentCode;
    private String address;
    private String phone;
    private CenterOrgForm orgForm;
    private CenterStatus status;
    private LocalDate establishedOn;
    private Integer officeAreaSqm;
    private String contactPerson;
    private String contactEmail;
    private String confirmationCourtCode;
    private List<VenueRow> venues = new ArrayList<>();
    private List<org.sutiao.directory.domain.Court> basicCourts;

    /** A venue row of the edit dialog. */
    public static class VenueRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private VenueKind kind = VenueKind.MEDIATION_ROOM;
        private String name;
        private String address;
        private Integer seats;

        public VenueKind getKind() {
            return kind;
        }

        public void setKind(VenueKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public Integer getSeats() {
            return seats;
        }

        public void setSeats(Integer seats) {
            this.seats = seats;
        }
    }

    public List<MediationCenter> getCenters() {
        return centers.centers();
    }

    /** Opens the dialog on an existing center. */
    public void edit(String centerCode) {
        MediationCenter c = centers.center(centerCode);
        creating = false;
        code = c.code();
        kind = c.kind();
        version = c.version();
        CenterForm f = CenterForm.of(c);
        name = f.name();
        province = f.province();
        industry = f.industry();
        parentCode = f.parentCode();
        address = f.address();
        phone = f.phone();
        orgForm = f.orgForm();
        status = f.status();
        establishedOn = f.establishedOn();
        officeAreaSqm = f.officeAreaSqm();
        contactPerson = f.contactPerson();
        contactEmail = f.contactEmail();
        confirmationCourtCode = f.confirmationCourt();
        venues = new ArrayList<>();
        for (CenterForm.VenueForm v : f.venues()) {
            VenueRow row = new VenueRow();
            row.kind = v.kind();
            row.name = v.name();
            row.address = v.address();
            row.seats = v.seats();
            venues.add(row);
        }
    }

    /** Opens the dialog for a new center. */
    public void create() {
        creating = true;
        code = null;
        kind = CenterKind.LOCAL;
        version = null;
        name = province = industry = address = phone = contactPerson = contactEmail = confirmationCourtCode = null;
        parentCode = "CCPIT-HQ";
        orgForm = CenterOrgForm.PUBLIC_INSTITUTION;
        status = CenterStatus.ACTIVE;
        establishedOn = null;
        officeAreaSqm = null;
        venues = new ArrayList<>();
        VenueRow office = new VenueRow();
        office.kind = VenueKind.OFFICE;
        venues.add(office);
    }

    public void addVenue() {
        venues.add(new VenueRow());
    }

    public void removeVenue(int index) {
        if (index >= 0 && index < venues.size()) {
            venues.remove(index);
        }
    }

    public void save() {
        CenterForm form = new CenterForm(name, province, industry, parentCode, address, phone, orgForm, status,
                establishedOn, officeAreaSqm, contactPerson, contactEmail, confirmationCourtCode, venues.stream()
                .map(v -> new CenterForm.VenueForm(v.kind, v.name, v.address, v.seats)).toList());
        try {
            MediationCenter c = creating ? centers.create(code, kind, form) : centers.update(code, form, version);
            FacesMessages.info("center.saved", c.name());
            edit(c.code());
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** The process rules document (PDF or Word). */
    public void upload(FileUploadEvent event) {
        try {
            centers.uploadRules(code, event.getFile().getFileName(), event.getFile().getContentType(),
                    event.getFile().getContent());
            FacesMessages.info("center.rulesUploaded", event.getFile().getFileName());
            edit(code);
        } catch (RuntimeException e) {
            FacesMessages.reportOn(e, event.getComponent());
        }
    }

    public MediationCenter getCurrent() {
        return code == null || creating ? null : centers.center(code);
    }

    public CenterKind[] getKinds() {
        return new CenterKind[]{CenterKind.LOCAL, CenterKind.INDUSTRY};
    }

    public CenterOrgForm[] getOrgForms() {
        return CenterOrgForm.values();
    }

    public CenterStatus[] getStatuses() {
        return CenterStatus.values();
    }

    /** The basic courts a center may sit at, for the seat-court menu. */
    public List<org.sutiao.directory.domain.Court> getBasicCourts() {
        if (basicCourts == null) {
            basicCourts = centers.basicCourts();
        }
        return basicCourts;
    }

    public String getConfirmationCourtCode() {
        return confirmationCourtCode;
    }

    public void setConfirmationCourtCode(String confirmationCourtCode) {
        this.confirmationCourtCode = confirmationCourtCode;
    }

    public VenueKind[] getVenueKinds() {
        return VenueKind.values();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CenterKind getKind() {
        return kind;
    }

    public void setKind(CenterKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public CenterOrgForm getOrgForm() {
        return orgForm;
    }

    public void setOrgForm(CenterOrgForm orgForm) {
        this.orgForm = orgForm;
    }

    public CenterStatus getStatus() {
        return status;
    }

    public void setStatus(CenterStatus status) {
        this.status = status;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public Integer getOfficeAreaSqm() {
        return officeAreaSqm;
    }

    public void setOfficeAreaSqm(Integer officeAreaSqm) {
        this.officeAreaSqm = officeAreaSqm;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public List<VenueRow> getVenues() {
        return venues;
    }
}
