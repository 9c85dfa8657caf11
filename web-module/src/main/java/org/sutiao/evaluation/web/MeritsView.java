package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.application.MeritEntry;
import org.sutiao.shared.domain.ForbiddenException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.LazyRows;

import java.io.Serializable;

/**
 * The merits page ({@code /evaluation/merits.xhtml?center=}, issue 11 §1–§2; notice 法办〔2024〕623号 §4(3), §5(3)):
 * the commendations and sanctions on a center's record and on its mediators' records, newest first, in two lazy
 * tables (the database counts and pages). A center admin its own center (from the menu); HQ the center of the
 * dashboard's drill-down ({@code center} required). Who reads what: {@code EvaluationScope}; a center outside the
 * caller's scope, an unknown one or none says so on the page instead of the tables.
 */
@Named
@ViewScoped
public class MeritsView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Rows per page of each table. */
    static final int PAGE = 10;

    @Inject
    transient EvaluationService evaluation;

    private String center;
    private String centerName;
    /** The bundle key saying why there is nothing to show, or null. */
    private String problem;
    private LazyDataModel<MeritEntry> centerMerits;
    private LazyDataModel<MeritEntry> mediatorMerits;

    /** Reads the center's name (and so checks the caller's scope) and sets up the two tables. */
    public void load() {
        try {
            centerName = evaluation.meritsCenterName(center);
        } catch (InvalidInputException e) {
            problem = "merits.chooseCenter";
            return;
        } catch (ForbiddenException e) {
            problem = "evaluation.forbidden";
            return;
        } catch (NotFoundException e) {
            problem = "merits.unknownCenter";
            return;
        }
        String code = center;
        centerMerits = new LazyRows<>(() -> evaluation.countMerits(code, false),
                (first, size, sort) -> evaluation.merits(code, false, first, size), row -> String.valueOf(row.id()));
        mediatorMerits = new LazyRows<>(() -> evaluation.countMerits(code, true),
                (first, size, sort) -> evaluation.merits(code, true, first, size), row -> String.valueOf(row.id()));
    }

    public String getCenter() {
        return center;
    }

    public void setCenter(String center) {
        this.center = center;
    }

    public String getCenterName() {
        return centerName;
    }

    public String getProblem() {
        return problem;
    }

    public LazyDataModel<MeritEntry> getCenterMerits() {
        return centerMerits;
    }

    public LazyDataModel<MeritEntry> getMediatorMerits() {
        return mediatorMerits;
    }

    public int getPage() {
        return PAGE;
    }
}
