package org.sutiao.evaluation.web;

import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.shared.domain.BusinessTime;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The date range of a figures page (issue 11 §1: any range of days; by default this month up to today, Beijing) and
 * the indicator formatting its page shows against the reference ranges of the set in effect on the range's last day.
 */
public abstract class FiguresPeriod implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate from = BusinessTime.today().withDayOfMonth(1);
    private LocalDate to = BusinessTime.today();

    /** The set whose ranges the page shows. */
    protected abstract IndicatorSet indicatorSet();

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** An indicator's value, formatted ("–" without data). */
    public String value(Counts counts, Indicator code) {
        return IndicatorFormat.value(counts, code);
    }

    /** An indicator's reference range in the set in effect (empty without one). */
    public String range(Indicator code) {
        return IndicatorFormat.range(indicatorSet(), code);
    }

    /** Whether the value lies outside its range (the page says so in words). */
    public boolean outOfRange(Counts counts, Indicator code) {
        return IndicatorFormat.outOfRange(indicatorSet(), counts, code);
    }

    /** A counter by name, for the page. */
    public long count(Counts counts, String counter) {
        return counts == null ? 0 : counts.get(org.sutiao.evaluation.domain.Counter.valueOf(counter));
    }

    /** The version of the set in effect, for the period line. */
    public int getIndicatorSetVersion() {
        IndicatorSet set = indicatorSet();
        return set == null ? 0 : set.version();
    }
}
