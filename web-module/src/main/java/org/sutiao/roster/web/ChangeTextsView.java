package org.sutiao.roster.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.sutiao.roster.application.ChangeTexts;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.RosterReportItem;

/** Roster changes in the page's language for the roster, mediator and roster-report pages ({@link ChangeTexts}). */
@Named("changeTexts")
@ApplicationScoped
public class ChangeTextsView {
    /** One change, its lines separated by line breaks. */
    public String change(MediatorChange c) {
        return ChangeTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), c);
    }

    /** A report item's changes, one per line. */
    public String item(RosterReportItem i) {
        return ChangeTexts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), i);
    }
}
