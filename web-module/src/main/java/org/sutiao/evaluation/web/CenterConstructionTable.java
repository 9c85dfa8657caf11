package org.sutiao.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.domain.CenterConstruction;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorSet;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The centers' construction on the evaluation dashboard (issue 11 §1 "center construction"): for the dashboard's
 * period and filters, each center's venues, mediators full- and part-time, valid certificates and training hours
 * (the roster now) and its commendations and sanctions in the period, the construction indicators against their
 * reference ranges. Read once per change of the dashboard's period or filters.
 */
@Named
@ViewScoped
public class CenterConstructionTable implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<Indicator> INDICATORS = List.of(Indicator.VENUES, Indicator.CERTIFICATE_VALID_RATE,
            Indicator.TRAINING_HOURS_MEAN);

    @Inject
    transient EvaluationService evaluation;
    @Inject
    EvaluationDashboardView dashboard;

    private String readFor;
    private List<CenterConstruction> rows = List.of();
    private IndicatorSet set;

    /** The centers of the dashboard's period and filters (HQ every center shown, a center admin its own). */
    public List<CenterConstruction> getRows() {
        Evaluation e = dashboard.getCenters();
        if (e == null) {
            return List.of();
        }
        String region = dashboard.isHq() ? dashboard.getRegion() : null;
        String industry = dashboard.isHq() ? dashboard.getIndustry() : null;
        String key = e.from() + "|" + e.to() + "|" + region + "|" + industry;
        if (!Objects.equals(key, readFor)) {
            rows = evaluation.construction(e.from(), e.to(), region, industry);
            set = evaluation.indicatorSetOn(e.to());
            readFor = key;
        }
        return rows;
    }

    public List<Indicator> getIndicators() {
        return INDICATORS;
    }

    public String value(CenterConstruction c, Indicator code) {
        return IndicatorFormat.value(c, code);
    }

    public boolean outOfRange(CenterConstruction c, Indicator code) {
        return IndicatorFormat.outOfRange(set, c, code);
    }

    public String range(Indicator code) {
        return IndicatorFormat.range(set, code);
    }
}
