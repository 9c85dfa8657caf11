package org.sutiao.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.application.MediatorFigures;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.shared.web.FacesMessages;

import java.util.List;

/**
 * A mediator's own figures page ({@code /figures/mine.xhtml}, issue 11 §2 "Mediator: own load and figures"): the
 * open cases by status and those past their mediation due date now, and the period's figures against the reference
 * ranges (its score as the center sees it, no ranking).
 */
@Named
@ViewScoped
public class MyFiguresView extends FiguresPeriod {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluation;

    private MediatorFigures figures;
    private IndicatorSet set;

    @PostConstruct
    void init() {
        load();
    }

    /** Reads the figures of the range; a bad range is reported beside its field and nothing changes. */
    public void load() {
        try {
            MediatorFigures read = evaluation.mine(getFrom(), getTo());
            set = evaluation.indicatorSetOn(getTo());
            figures = read;
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    @Override
    protected IndicatorSet indicatorSet() {
        return set;
    }

    /** The mediator's row of the evaluation, or null before the first read. */
    public Evaluation.Item getMe() {
        return figures == null || figures.evaluation().items().isEmpty() ? null
                : figures.evaluation().items().get(0);
    }

    public Counts getCounts() {
        Evaluation.Item me = getMe();
        return me == null ? new Counts() : me.counts();
    }

    /** One tile of the load: a status and the mediator's open cases in it. */
    public record LoadRow(CaseStatus status, long count) implements java.io.Serializable {
    }

    public List<LoadRow> getLoad() {
        return figures == null ? List.of() : figures.load().entrySet().stream()
                .map(e -> new LoadRow(e.getKey(), e.getValue())).toList();
    }

    public long getPastDue() {
        return figures == null ? 0 : figures.pastDue();
    }

    public List<Indicator> getIndicators() {
        return Indicator.ofCases();
    }
}
