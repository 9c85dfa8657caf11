package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.domain.SessionMode;
import org.sutiao.shared.domain.BusinessTime;

import java.time.LocalDateTime;

/** The mediator schedules a mediation session (time in Beijing, mode, place or link, participants). */
@Named
@ViewScoped
public class ScheduleSessionDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private LocalDateTime scheduledAt;
    private SessionMode mode = SessionMode.ONLINE;
    private String placeOrLink;
    private String participants;

    /** Schedules the session; {@code scheduledAt} is a Beijing wall-clock time. */
    public void schedule() {
        run("mediation.sessionScheduled", () -> mediation.scheduleSession(caseId(), scheduledAt == null ? null
                : scheduledAt.atZone(BusinessTime.ZONE).toInstant(), mode, placeOrLink, participants));
    }

    public SessionMode[] getModes() {
        return SessionMode.values();
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public SessionMode getMode() {
        return mode;
    }

    public void setMode(SessionMode mode) {
        this.mode = mode;
    }

    public String getPlaceOrLink() {
        return placeOrLink;
    }

    public void setPlaceOrLink(String placeOrLink) {
        this.placeOrLink = placeOrLink;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }
}
