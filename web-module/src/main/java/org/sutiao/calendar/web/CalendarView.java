package org.sutiao.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.calendar.application.CalendarEntry;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.CalendarDay;
import org.sutiao.calendar.domain.CalendarYear;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators keep the PRC calendar: they see the loaded years and their entries, and load a new year's State
 * Council notice as lines {@code date,kind,name} ({@code 2027-01-01,holiday,元旦}; kind {@code holiday} or
 * {@code workday}). Loading a year recomputes the provisional deadlines that reach into it.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarService calendar;

    private Integer selectedYear;
    private Integer newYear;
    private String entries;
    private String source;

    /** Shows the latest loaded year first. */
    @PostConstruct
    void init() {
        List<CalendarYear> years = calendar.years();
        if (!years.isEmpty()) {
            selectedYear = years.get(years.size() - 1).year();
        }
    }

    public List<CalendarYear> getYears() {
        return calendar.years();
    }

    public List<CalendarDay> getDays() {
        if (selectedYear == null) {
            List<CalendarYear> years = getYears();
            if (years.isEmpty()) {
                return List.of();
            }
            selectedYear = years.get(years.size() - 1).year();
        }
        return calendar.days(selectedYear);
    }

    /** Parses the lines and loads the year; every bad line is reported beside the text area. */
    public void load() {
        List<CalendarEntry> parsed = new ArrayList<>();
        String[] lines = entries == null ? new String[0] : entries.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("date,")) {
                continue;
            }
            String[] cols = line.split("[,，]");
            try {
                DayKind kind = switch (cols.length > 1 ? cols[1].strip().toLowerCase() : "") {
                    case "holiday" -> DayKind.HOLIDAY;
                    case "workday" -> DayKind.WORKDAY;
                    default -> throw new IllegalArgumentException();
                };
                parsed.add(new CalendarEntry(LocalDate.parse(cols[0].strip()), kind,
                        cols.length > 2 ? cols[2].strip() : null));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                FacesMessages.fieldError("entries", "calendar.lineInvalid", i + 1, line);
            }
        }
        if (newYear == null) {
            FacesMessages.fieldError("year", "validation.required");
        }
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            try {
                calendar.loadYear(newYear, parsed, source);
                FacesMessages.info("calendar.loaded", newYear, parsed.size());
                selectedYear = newYear;
                newYear = null;
                entries = null;
                source = null;
            } catch (RuntimeException e) {
                FacesMessages.report(e);
            }
        } else {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Integer getSelectedYear() { return selectedYear; }
    public void setSelectedYear(Integer selectedYear) { this.selectedYear = selectedYear; }
    public Integer getNewYear() { return newYear; }
    public void setNewYear(Integer newYear) { this.newYear = newYear; }
    public String getEntries() { return entries; }
    public void setEntries(String entries) { this.entries = entries; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
