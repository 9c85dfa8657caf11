package org.sutiao.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.evaluation.application.PublicStatisticsService;
import org.sutiao.evaluation.domain.PublicStatistics;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The public statistics page {@code /statistics.xhtml} (also {@code /statistics}), open without login (issue 11 §4):
 * the year's figures per region and its centers, a suppressed figure shown as "—" with its reason
 * ({@link PublicStatistics}). The year comes from the {@code year} request parameter (a plain GET form); a year the
 * service refuses shows the message and the current year.
 */
@Named
@RequestScoped
public class PublicStatisticsView {
    @Inject
    PublicStatisticsService statistics;
    @Inject
    Clock clock;
    private PublicStatisticsService.Report report;
    private boolean badYear;

    /** One cell: its text, or null with the reason ({@code SMALL_CELL}/{@code COMPLEMENTARY}) when suppressed. */
    public record Cell(String text, String suppressed) {
    }

    /** One table row: a region's total ({@code region} true) or one of its centers. */
    public record Row(boolean region, String regionName, String label, String code, List<Cell> cells) {
    }

    private PublicStatisticsService.Report report() {
        if (report == null) {
            String year = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
            try {
                report = statistics.statistics(year);
            } catch (InvalidInputException e) {
                badYear = true;
                report = statistics.statistics(null);
            }
        }
        return report;
    }

    /** The year shown. */
    public int getYear() {
        return report().year();
    }

    /** The year shown as text (a message parameter: no digit grouping). */
    public String getYearText() {
        return String.valueOf(getYear());
    }

    /** The first year one may ask for, as text. */
    public String getFirstYearText() {
        return String.valueOf(PublicStatisticsService.FIRST_YEAR);
    }

    /** The current Beijing year, the last one may ask for, as text. */
    public String getCurrentYearText() {
        return String.valueOf(BusinessTime.dateOf(clock.instant()).getYear());
    }

    /** True when the year asked for was refused (the current year is shown). */
    public boolean isBadYear() {
        report();
        return badYear;
    }

    /** The years one may ask for, newest first. */
    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = BusinessTime.dateOf(clock.instant()).getYear(); y >= PublicStatisticsService.FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** The smallest number of cases behind a figure shown. */
    public int getMinimumCases() {
        return PublicStatistics.MINIMUM_CASES;
    }

    /** Every region's total followed by its centers. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (PublicStatistics.Region r : report().regions()) {
            rows.add(new Row(true, r.region(), r.region(), null, cells(r.figures())));
            for (PublicStatistics.CenterFigures c : r.centers()) {
                rows.add(new Row(false, r.region(), c.name(), c.code(), cells(c.figures())));
            }
        }
        return rows;
    }

    private static List<Cell> cells(PublicStatistics.Figures f) {
        List<Cell> cells = new ArrayList<>();
        for (PublicStatistics.Figure fig : PublicStatistics.Figure.values()) {
            PublicStatistics.Suppression why = f.suppression(fig);
            Number v = f.value(fig);
            if (why != null || v == null) {
                cells.add(new Cell(null, why == null ? PublicStatistics.Suppression.SMALL_CELL.name() : why.name()));
            } else if (fig == PublicStatistics.Figure.SUCCESS_RATE) {
                cells.add(new Cell(((BigDecimal) v).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%", null));
            } else if (v instanceof BigDecimal d) {
                cells.add(new Cell(d.setScale(1, RoundingMode.HALF_UP).toPlainString(), null));
            } else {
                cells.add(new Cell(String.valueOf(v.longValue()), null));
            }
        }
        return cells;
    }
}
