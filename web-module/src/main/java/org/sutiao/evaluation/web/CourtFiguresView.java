package org.sutiao.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.evaluation.application.CourtFigures;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.shared.web.FacesMessages;

import java.util.List;

/**
 * The courts' figures page ({@code /figures/court.xhtml}, issue 11 §2): a court clerk its own court's referrals, a
 * court supervisor every court with figures — volume, outcomes (failures by reason), acceptance time, failure reports
 * on time and pending confirmations — against the reference ranges, never ranked. Scope: {@code EvaluationScope}.
 */
@Named
@ViewScoped
public class CourtFiguresView extends FiguresPeriod {
    private static final long serialVersionUID = 1L;
    /** The indicators a court's figures show, in this order. */
    private static final List<Indicator> INDICATORS = List.of(Indicator.ACCEPTED_ON_TIME_RATE,
            Indicator.MEAN_ACCEPTANCE_DAYS, Indicator.SUCCESS_RATE, Indicator.MEDIAN_DURATION_DAYS,
            Indicator.FAILURE_REPORT_ON_TIME_RATE, Indicator.CONFIRMATION_VALID_RATE);
    private static final List<Counter> FAILED = List.of(Counter.FAILED_PERIOD_EXPIRED,
            Counter.FAILED_PARTY_UNREACHABLE, Counter.FAILED_PARTY_REFUSED, Counter.FAILED_REFUSED_TO_SIGN,
            Counter.FAILED_OTHER);

    @Inject
    transient EvaluationService evaluation;

    private CourtFigures figures;
    private IndicatorSet set;

    @PostConstruct
    void init() {
        load();
    }

    /** Reads the figures of the range; a bad range is reported beside its field and nothing changes. */
    public void load() {
        try {
            CourtFigures read = evaluation.courts(getFrom(), getTo(), null);
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

    public List<CourtFigures.Item> getRows() {
        return figures == null ? List.of() : figures.items();
    }

    public CourtFigures getFigures() {
        return figures;
    }

    public List<Indicator> getIndicators() {
        return INDICATORS;
    }

    public List<Counter> getFailureReasons() {
        return FAILED;
    }

    /** The reason's name in the bundles ({@code failureReason.<CODE>}). */
    public String reasonKey(Counter failed) {
        return "failureReason." + failed.name().substring("FAILED_".length());
    }

    /** The indicator of the open cases past their due date (its column and definition on the page). */
    public Indicator getOpenPastDue() {
        return Indicator.OPEN_PAST_DUE;
    }

    /** The court's open cases past their due date now, formatted. */
    public String openPastDue(CourtFigures.Item it) {
        return IndicatorFormat.value(it.openPastDue(), Indicator.OPEN_PAST_DUE);
    }

    /** Whether the court's open cases past their due date lie outside the range (said in words on the page). */
    public boolean openPastDueOutOfRange(CourtFigures.Item it) {
        return IndicatorFormat.outOfRange(indicatorSet(), it.openPastDue(), Indicator.OPEN_PAST_DUE);
    }

    /** Received by referral (delegated, entrusted) and direct applications whose confirmation went to the court. */
    public long received(CourtFigures.Item it) {
        return count(it.counts(), "RECEIVED_DELEGATED") + count(it.counts(), "RECEIVED_ENTRUSTED")
                + count(it.counts(), "RECEIVED_DIRECT");
    }
}
