package org.sutiao.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.directory.application.PilotRegionService;
import org.sutiao.directory.domain.PilotRegion;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The regions taking part in the docking and, for HQ, enabling a further region from a date (notice §2(5)). */
@Named
@ViewScoped
public class PilotRegionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PilotRegionService regions;

    private String region;
    private LocalDate enabledFrom;

    public List<PilotRegion> getRegions() {
        return regions.regions();
    }

    /** True when the region takes part today. */
    public boolean enabledToday(PilotRegion r) {
        return r.isEnabledOn(LocalDate.now(BusinessTime.ZONE));
    }

    public void enable() {
        try {
            PilotRegion r = regions.enable(region, enabledFrom);
            FacesMessages.info("pilot.enabled", r.region(), r.enabledFrom());
            region = null;
            enabledFrom = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getRegion() { return region; }
    public void setRegion(String v) { this.region = v; }
    public LocalDate getEnabledFrom() { return enabledFrom; }
    public void setEnabledFrom(LocalDate v) { this.enabledFrom = v; }
}
