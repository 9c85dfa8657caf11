package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.ReportScope;
import org.sutiao.evaluation.domain.Scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The generated part of a quality analysis report (issue 11 §3): the scope's totals and their scorecard (overview,
 * outcomes, durations and timeliness, confirmations and performance, satisfaction), the months (volume and trends),
 * the regions and centers, the mediators (a CENTER scope only: nationwide they would be a league table of thousands)
 * and the centers with indicators out of their reference range. All from the evaluation's figures (docs/EVALUATION.md),
 * so a report agrees with the dashboard and the API for the same period.
 *
 * @param indicatorSetVersion the version in effect on {@code to} that scored every row
 * @param months              each month of the period with the scope's sums, in order
 * @param regions             per province, by name
 * @param centers             the centers in scope, by code
 * @param mediators           the center's mediators (CENTER scope), else empty
 * @param outOfRange          the centers with at least one indicator out of range, by code
 */
public record ReportFigures(LocalDate from, LocalDate to, ReportScope scope, int indicatorSetVersion, Counts total,
                            Scorecard totalCard, List<Month> months, List<Group> regions,
                            List<Evaluation.Item> centers, List<Evaluation.Item> mediators,
                            List<Evaluation.Item> outOfRange) {

    /** One month's sums over the scope. */
    public record Month(LocalDate month, Counts counts) {
    }

    /** A region's sums over its centers in scope and their scorecard. */
    public record Group(String name, int centers, Counts counts, Scorecard scorecard) {
    }

    /**
     * Builds the figures from the evaluation of the centers.
     *
     * @param period    the evaluation of every center the scope may hold over the whole period
     * @param monthly   month (first day) → the same evaluation over that month
     * @param regionOf  center code → province
     * @param mediators the center's mediators (CENTER scope), or null
     * @param scorer    the indicator set in effect on {@code to}, scoring the totals and regions over their counts and
     *                  their centers' open cases past due now (summed)
     */
    public static ReportFigures build(ReportScope scope, Evaluation period, Map<LocalDate, Evaluation> monthly,
                                      Map<String, String> regionOf, Evaluation mediators,
                                      BiFunction<Counts, Long, Scorecard> scorer) {
        List<Evaluation.Item> centers = period.items().stream().filter(i -> inScope(scope, i.code(), regionOf))
                .toList();
        Counts total = new Counts();
        Map<String, Counts> byRegion = new TreeMap<>();
        Map<String, Integer> centersByRegion = new TreeMap<>();
        Map<String, Long> openByRegion = new TreeMap<>();
        long open = 0;
        for (Evaluation.Item i : centers) {
            total.addAll(i.counts());
            open += i.openPastDue();
            String region = regionOf.getOrDefault(i.code(), "");
            byRegion.computeIfAbsent(region, k -> new Counts()).addAll(i.counts());
            centersByRegion.merge(region, 1, Integer::sum);
            openByRegion.merge(region, i.openPastDue(), Long::sum);
        }
        List<Month> months = new ArrayList<>();
        new TreeMap<>(monthly).forEach((month, e) -> {
            Counts c = new Counts();
            e.items().stream().filter(i -> inScope(scope, i.code(), regionOf)).forEach(i -> c.addAll(i.counts()));
            months.add(new Month(month, c));
        });
        List<Group> regions = new ArrayList<>();
        byRegion.forEach((name, c) -> regions.add(new Group(name, centersByRegion.get(name), c,
                scorer.apply(c, openByRegion.get(name)))));
        List<Evaluation.Item> out = centers.stream().filter(i -> !i.scorecard().outOfRange().isEmpty()).toList();
        return new ReportFigures(period.from(), period.to(), scope, period.indicatorSetVersion(), total,
                scorer.apply(total, open), months, regions, centers, mediators == null ? List.of() : mediators.items(),
                out);
    }

    /** Whether the center counts in the scope: every center nationally, the province's, or the one center. */
    static boolean inScope(ReportScope scope, String centerCode, Map<String, String> regionOf) {
        return switch (scope.kind()) {
            case NATIONAL -> true;
            case REGION -> scope.code().equals(regionOf.get(centerCode));
            case CENTER -> scope.code().equals(centerCode);
        };
    }
}
