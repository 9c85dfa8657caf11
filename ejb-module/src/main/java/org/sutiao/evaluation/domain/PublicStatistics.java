package org.sutiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The public statistics of a year per region (the center's province) and per center (issue 11 §4): cases received,
 * concluded, success rate, mean duration in days and confirmations ruled valid — aggregates only, built from the
 * centers' yearly sums of the evaluation summaries. A region's figures are the sums of its centers' figures.
 * <p>
 * <b>Small cells</b>: a figure built on fewer than {@value #MINIMUM_CASES} cases is suppressed
 * ({@link Suppression#SMALL_CELL}); a count is built on the cases it counts, the success rate on the concluded cases,
 * the mean duration on the cases with a duration. <b>Complementary suppression</b>: a region's total minus its
 * visible centers must not reveal a suppressed center, so within a region, per base, as long as the suppressed
 * centers are fewer than two or their bases sum to fewer than {@value #MINIMUM_CASES} cases, the visible center
 * with the smallest base (then the smallest code) is suppressed as well ({@link Suppression#COMPLEMENTARY}); with no
 * visible center left the region's own total is then below {@value #MINIMUM_CASES} and itself suppressed. The
 * success rate follows its base (the concluded cases) exactly, so a pooled rate of suppressed centers always covers
 * at least {@value #MINIMUM_CASES} cases of at least two centers. No national total is published (it would need the
 * same treatment across regions). Zero is a small cell as well: "—" means 0 to 4 (docs/EVALUATION.md).
 */
public final class PublicStatistics {
    /** The fewest cases a published figure may be built on. */
    public static final int MINIMUM_CASES = 5;

    private PublicStatistics() {
    }

    /** The published figures, in the order of the page's columns; {@link #jsonName()} is the API's field. */
    public enum Figure {
        RECEIVED("received"), CONCLUDED("concluded"), SUCCESS_RATE("successRate"),
        MEAN_DURATION_DAYS("meanDurationDays"), CONFIRMATIONS_VALID("confirmationsValid");

        private final String jsonName;

        Figure(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The field name in {@code GET /api/v1/public/statistics}. */
        public String jsonName() {
            return jsonName;
        }

        /** The number of cases the figure is built on. */
        long base(Sums s) {
            return switch (this) {
                case RECEIVED -> s.received();
                case CONCLUDED, SUCCESS_RATE -> s.concluded();
                case MEAN_DURATION_DAYS -> s.durationCount();
                case CONFIRMATIONS_VALID -> s.confirmationsValid();
            };
        }

        /** The figure's value: counts as integers, the rate 0–1 with 4 places, days with 2 (half up). */
        Number value(Sums s) {
            return switch (this) {
                case RECEIVED -> s.received();
                case CONCLUDED -> s.concluded();
                case CONFIRMATIONS_VALID -> s.confirmationsValid();
                case SUCCESS_RATE -> s.concluded() == 0 ? null
                        : BigDecimal.valueOf(s.settled()).divide(BigDecimal.valueOf(s.concluded()), 4, RoundingMode.HALF_UP);
                case MEAN_DURATION_DAYS -> s.durationCount() == 0 ? null
                        : BigDecimal.valueOf(s.durationSum()).divide(BigDecimal.valueOf(s.durationCount()), 2,
                        RoundingMode.HALF_UP);
            };
        }
    }

    /** Why a figure is not shown. */
    public enum Suppression {
        /** Built on fewer than {@value PublicStatistics#MINIMUM_CASES} cases (0 included). */
        SMALL_CELL,
        /** Hidden so that the region's total minus the visible centers reveals no small cell. */
        COMPLEMENTARY
    }

    /**
     * A center's (or region's) sums for the year.
     *
     * @param received      offers received (every kind; a re-referred case once per center)
     * @param concluded     cases with an outcome (settled, failed, withdrawn, consent refused)
     * @param settled       settled in full or in part
     * @param durationSum   calendar days of the cases with a duration
     * @param durationCount cases with a duration
     */
    public record Sums(long received, long concluded, long settled, long durationSum, long durationCount,
                       long confirmationsValid) {
        /** This plus {@code o}. */
        public Sums plus(Sums o) {
            return new Sums(received + o.received, concluded + o.concluded, settled + o.settled,
                    durationSum + o.durationSum, durationCount + o.durationCount,
                    confirmationsValid + o.confirmationsValid);
        }

        /** True when nothing of the figures' bases happened. */
        public boolean isEmpty() {
            return received == 0 && concluded == 0 && durationCount == 0 && confirmationsValid == 0;
        }
    }

    /** One center's sums as read from the summaries. */
    public record CenterSums(String region, String code, String name, Sums sums) {
    }

    /**
     * The published figures of a center or region: a value is null exactly when {@link #suppressed} names it or it has
     * no data (a rate over 0 cases, which is always a small cell).
     */
    public record Figures(Map<Figure, Number> values, Map<Figure, Suppression> suppressed) {
        /** The value shown, or null. */
        public Number value(Figure f) {
            return values.get(f);
        }

        /** Why {@code f} is hidden, or null when shown. */
        public Suppression suppression(Figure f) {
            return suppressed.get(f);
        }
    }

    /** A center's published figures. */
    public record CenterFigures(String code, String name, Figures figures) {
    }

    /** A region's published figures and its centers in code order. */
    public record Region(String region, Figures figures, List<CenterFigures> centers) {
    }

    /**
     * The published regions (in name order) with their centers; centers without any case in the year are left out,
     * so a year without data gives no region.
     */
    public static List<Region> of(List<CenterSums> rows) {
        Map<String, List<CenterSums>> byRegion = new TreeMap<>();
        for (CenterSums r : rows) {
            if (!r.sums().isEmpty()) {
                byRegion.computeIfAbsent(Objects.requireNonNullElse(r.region(), ""), k -> new ArrayList<>()).add(r);
            }
        }
        List<Region> out = new ArrayList<>();
        byRegion.forEach((region, centers) -> {
            centers.sort(Comparator.comparing(CenterSums::code));
            Sums total = centers.stream().map(CenterSums::sums).reduce(new Sums(0, 0, 0, 0, 0, 0), Sums::plus);
            Map<String, Map<Figure, Suppression>> hidden = new LinkedHashMap<>();
            for (Figure f : Figure.values()) {
                Map<String, Long> bases = new LinkedHashMap<>();
                centers.forEach(c -> bases.put(c.code(), f.base(c.sums())));
                suppress(bases).forEach((code, why) ->
                        hidden.computeIfAbsent(code, k -> new EnumMap<>(Figure.class)).put(f, why));
            }
            List<CenterFigures> published = centers.stream().map(c -> new CenterFigures(c.code(), c.name(),
                    figures(c.sums(), hidden.getOrDefault(c.code(), Map.of())))).toList();
            Map<Figure, Suppression> regionHidden = new EnumMap<>(Figure.class);
            for (Figure f : Figure.values()) {
                if (f.base(total) < MINIMUM_CASES) {
                    regionHidden.put(f, Suppression.SMALL_CELL);
                }
            }
            out.add(new Region(region, figures(total, regionHidden), published));
        });
        return out;
    }

    /**
     * The suppressed cells among one region's centers for one base (center code → cases the figure is built on):
     * primary suppression of every base below {@value #MINIMUM_CASES}, then complementary suppression of the
     * smallest visible bases until the suppressed ones are at least two and together at least
     * {@value #MINIMUM_CASES}, or none is left visible.
     */
    public static Map<String, Suppression> suppress(Map<String, Long> bases) {
        Map<String, Suppression> out = new LinkedHashMap<>();
        bases.forEach((code, n) -> {
            if (n < MINIMUM_CASES) {
                out.put(code, Suppression.SMALL_CELL);
            }
        });
        if (out.isEmpty()) {
            return out;
        }
        while (out.size() < 2 || out.keySet().stream().mapToLong(bases::get).sum() < MINIMUM_CASES) {
            var next = bases.entrySet().stream().filter(e -> !out.containsKey(e.getKey()))
                    .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            if (next.isEmpty()) {
                break;
            }
            out.put(next.get().getKey(), Suppression.COMPLEMENTARY);
        }
        return out;
    }

    private static Figures figures(Sums s, Map<Figure, Suppression> hidden) {
        Map<Figure, Number> values = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            values.put(f, hidden.containsKey(f) ? null : f.value(s));
        }
        return new Figures(Collections.unmodifiableMap(values), Collections.unmodifiableMap(new EnumMap<>(
                hidden.isEmpty() ? new EnumMap<>(Figure.class) : hidden)));
    }
}
