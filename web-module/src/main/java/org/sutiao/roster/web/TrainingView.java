package org.sutiao.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.roster.application.TrainingService;
import org.sutiao.roster.domain.TrainingAttendance;
import org.sutiao.roster.domain.TrainingCourse;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Training records (notice §5(5)) for HQ and center admins: courses, recording a course, and who attended one with
 * the hours credited (added to the mediator's total on the rosters).
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingService training;

    private String title;
    private String provider;
    private LocalDate heldOn;
    private BigDecimal hours;
    private Long courseId;
    private String courseTitle;
    private String mediatorCode;
    private BigDecimal attendedHours;

    public List<TrainingCourse> getCourses() {
        return training.courses();
    }

    public void record() {
        try {
            TrainingCourse c = training.record(title, provider, heldOn, hours);
            FacesMessages.info("training.recorded", c.title());
            title = provider = null;
            heldOn = null;
            hours = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Opens a course's attendance. */
    public void open(TrainingCourse c) {
        courseId = c.id();
        courseTitle = c.title();
        mediatorCode = null;
        attendedHours = null;
    }

    public List<TrainingAttendance> getAttendance() {
        return courseId == null ? List.of() : training.attendance(courseId);
    }

    public void attend() {
        try {
            TrainingAttendance a = training.attend(courseId, mediatorCode, attendedHours);
            FacesMessages.info("training.attended", a.mediator().name());
            mediatorCode = null;
            attendedHours = null;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public void setMediatorCode(String mediatorCode) {
        this.mediatorCode = mediatorCode;
    }

    public BigDecimal getAttendedHours() {
        return attendedHours;
    }

    public void setAttendedHours(BigDecimal attendedHours) {
        this.attendedHours = attendedHours;
    }
}
