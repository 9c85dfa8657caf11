package org.sutiao.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.EvaluationScope;
import org.sutiao.evaluation.application.EvaluationService;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.IndicatorRange;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.evaluation.domain.Scorecard;
import org.sutiao.evaluation.infrastructure.EvaluationExcel;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.web.FacesMessages;
import org.sutiao.warning.application.WarningCount;
import org.sutiao.warning.application.WarningService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evaluation dashboard ({@code evaluation/dashboard.xhtml}, issue 11 §2): a period of whole months (a month,
 * quarter or year; {@link EvaluationService}) and, for HQ, region and industry; tiles of the totals and the caller's
 * warning count; charts of the trend per month, the outcomes and (HQ) the regions; the centers with their indicators
 * against the reference ranges, score and grade (HQ sorts them by score; a center admin sees only its own row, by
 * {@link EvaluationScope}); the drill-down to one center's mediators; the Excel export of both tables. Every figure
 * comes from the evaluation service's monthly summaries, never from the cases.
 */
@Named
@ViewScoped
public class EvaluationDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient EvaluationService evaluation;
    @Inject
    transient WarningService warnings;
    @Inject
    transient CenterService centerService;
    @Inject
    transient CallerLookup callers;

    /** MONTH, QUARTER or YEAR. */
    private String periodKind = "YEAR";
    private int year;
    /** The month (1–12) or quarter (1–4) of {@link #year}; unused for a year. */
    private int part = 1;
    private String region;
    private String industry;

    private boolean hq;
    private String ownCenter;
    private Map<String, MediationCenter> centerDirectory = new HashMap<>();
    private Evaluation centers;
    private IndicatorSet indicatorSet;
    private Counts totals;
    private Scorecard totalScore;
    private long warningCount;
    private boolean warningCountExact;
    private String trendChart;
    private String outcomeChart;
    private String regionChart;
    private String selectedCenter;
    private String selectedCenterName;
    private Evaluation mediators;

    @PostConstruct
    void init() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        EvaluationScope scope = EvaluationScope.of(callers.of(ext.getUserPrincipal()));
        hq = scope.centerCode() == null;
        ownCenter = scope.centerCode();
        LocalDate today = BusinessTime.today();
        year = today.getYear();
        part = today.getMonthValue();
        if (hq) {
            for (MediationCenter c : centerService.centers()) {
                centerDirectory.put(c.code(), c);
            }
        }
        load();
        if (!hq) {
            select(ownCenter);
        }
    }

    /** Reads the figures of the period and filters chosen (the drill-down is cleared for HQ). */
    public void load() {
        LocalDate from = from();
        LocalDate to = to();
        centers = evaluation.centers(from, to, hq ? region : null, hq ? industry : null);
        indicatorSet = evaluation.indicatorSets().stream().filter(s -> s.version() == centers.indicatorSetVersion())
                .findFirst().orElse(null);
        totals = new Counts();
        centers.items().forEach(i -> totals.addAll(i.counts()));
        totalScore = indicatorSet == null ? null : indicatorSet.score(totals);
        List<WarningCount> counts = warnings.warningCounts();
        warningCount = counts.stream().mapToLong(WarningCount::count).sum();
        warningCountExact = counts.stream().allMatch(WarningCount::exact);
        trendChart = trend(from, to);
        outcomeChart = outcomes();
        regionChart = hq ? regions() : null;
        if (hq) {
            selectedCenter = null;
            mediators = null;
        } else if (selectedCenter != null) {
            select(selectedCenter);
        }
    }

    /** Shows the mediators of a center (its own for a center admin; {@link EvaluationScope} decides). */
    public void select(String centerCode) {
        try {
            mediators = evaluation.mediators(from(), to(), centerCode);
            selectedCenter = centerCode;
            selectedCenterName = centers.items().stream().filter(i -> i.code().equals(centerCode))
                    .map(Evaluation.Item::name).findFirst().orElse(centerCode);
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Streams the centers' table as .xlsx (non-Ajax request). */
    public void exportCenters() throws IOException {
        export("evaluation.sheet.centers", centers);
    }

    /** Streams the selected center's mediators as .xlsx (non-Ajax request). */
    public void exportMediators() throws IOException {
        if (mediators != null) {
            export("evaluation.sheet.mediators", mediators);
        }
    }

    private void export(String sheetKey, Evaluation e) throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        String name = FacesMessages.text(sheetKey) + "-" + e.from() + "-" + e.to() + ".xlsx";
        ext.responseReset();
        ext.setResponseContentType(XLSX);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"evaluation.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = ext.getResponseOutputStream()) {
            EvaluationExcel.write(ctx.getViewRoot().getLocale(), out, sheetKey, e);
        }
        ctx.responseComplete();
    }

    /** The first day of the period. */
    public LocalDate from() {
        return switch (periodKind) {
            case "MONTH" -> LocalDate.of(year, part, 1);
            case "QUARTER" -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate to() {
        YearMonth last = switch (periodKind) {
            case "MONTH" -> YearMonth.of(year, part);
            case "QUARTER" -> YearMonth.of(year, part * 3);
            default -> YearMonth.of(year, 12);
        };
        return last.atEndOfMonth();
    }

    /**
     * Received, accepted and concluded per month of the period (up to this month), summed over the centers: one
     * grouped read of the summaries ({@link EvaluationService#months}).
     */
    private String trend(LocalDate from, LocalDate to) {
        LocalDate endOfThisMonth = YearMonth.from(BusinessTime.today()).atEndOfMonth();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        JsonArrayBuilder concluded = Json.createArrayBuilder();
        if (!from.isAfter(endOfThisMonth)) {
            evaluation.months(from, to.isAfter(endOfThisMonth) ? endOfThisMonth : to, hq ? region : null,
                    hq ? industry : null).forEach((m, month) -> {
                labels.add(m.toString());
                received.add(EvaluationExcel.received(month));
                accepted.add(month.get(Counter.ACCEPTED));
                concluded.add(month.get(Counter.CONCLUDED));
            });
        }
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(dataset("evaluation.col.received", received, "#1565c0"))
                .add(dataset("evaluation.col.accepted", accepted, "#2e7d32"))
                .add(dataset("evaluation.col.concluded", concluded, "#9a5b00"));
        return chart("line", labels, sets);
    }

    /** The outcomes of the cases concluded in the period. */
    private String outcomes() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        Map<String, Counter> outcomes = new LinkedHashMap<>();
        outcomes.put("SETTLED_FULL", Counter.SETTLED_FULL);
        outcomes.put("SETTLED_PARTIAL", Counter.SETTLED_PARTIAL);
        outcomes.put("FAILED", Counter.FAILED);
        outcomes.put("WITHDRAWN", Counter.WITHDRAWN);
        outcomes.put("CONSENT_REFUSED", Counter.CONSENT_REFUSED);
        outcomes.forEach((code, counter) -> {
            labels.add(FacesMessages.text("caseOutcome." + code));
            data.add(totals.get(counter));
        });
        JsonArrayBuilder colours = Json.createArrayBuilder().add("#2e7d32").add("#81c784").add("#c62828")
                .add("#757575").add("#f9a825");
        JsonArrayBuilder sets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", FacesMessages.text("evaluation.chart.outcomes")).add("data", data)
                .add("backgroundColor", colours));
        return chart("doughnut", labels, sets);
    }

    /** Received and concluded per region (the centers' province; an industry center under its industry). */
    private String regions() {
        TreeMap<String, Counts> byRegion = new TreeMap<>();
        for (Evaluation.Item i : centers.items()) {
            byRegion.computeIfAbsent(regionOf(i.code()), k -> new Counts()).addAll(i.counts());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder concluded = Json.createArrayBuilder();
        byRegion.forEach((r, c) -> {
            labels.add(r);
            received.add(EvaluationExcel.received(c));
            concluded.add(c.get(Counter.CONCLUDED));
        });
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(dataset("evaluation.col.received", received, "#1565c0"))
                .add(dataset("evaluation.col.concluded", concluded, "#9a5b00"));
        return chart("bar", labels, sets);
    }

    private String regionOf(String centerCode) {
        MediationCenter c = centerDirectory.get(centerCode);
        if (c == null) {
            return "—";
        }
        return c.province() != null ? c.province() : Objects.requireNonNullElse(c.industry(), "—");
    }

    private static JsonObjectBuilder dataset(String labelKey, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", FacesMessages.text(labelKey)).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder sets) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false))
                .build().toString();
    }

    /** The rows of the centers' table: HQ by score, best first (centers without a score last). */
    public List<Evaluation.Item> getCenterRows() {
        List<Evaluation.Item> rows = new ArrayList<>(centers.items());
        if (hq) {
            rows.sort(Comparator.comparing((Evaluation.Item i) -> i.scorecard().score(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Evaluation.Item::code));
        }
        return rows;
    }

    public List<Evaluation.Item> getMediatorRows() {
        return mediators == null ? List.of() : mediators.items();
    }

    /** The indicators in the set's order, with their ranges. */
    public List<IndicatorRange> getRanges() {
        return indicatorSet == null ? List.of() : indicatorSet.items();
    }

    /**
     * The indicators of the cases, then the open cases past their due date (center construction has its own section,
     * {@code CenterConstructionTable}).
     */
    public Indicator[] getIndicators() {
        return Indicator.ofRows().toArray(Indicator[]::new);
    }

    /** The indicator's value for display: rates as percentages (1 place), days and scores with 2 places; – without data. */
    public String value(Scorecard card, Indicator code) {
        BigDecimal v = card == null ? null : card.values().get(code);
        return format(code, v);
    }

    /** Whether the value lies outside its reference range (marked on the page with text). */
    public boolean outOfRange(Scorecard card, Indicator code) {
        return card != null && card.outOfRange().contains(code.name());
    }

    /** The reference range of an indicator in the set in effect, e.g. "90.0%–100.0%", or empty when unweighted. */
    public String range(Indicator code) {
        IndicatorRange r = getRanges().stream().filter(x -> x.code() == code).findFirst().orElse(null);
        if (r == null || (r.min() == null && r.max() == null)) {
            return "";
        }
        return (r.min() == null ? "" : format(code, r.min())) + "–" + (r.max() == null ? "" : format(code, r.max()));
    }

    /** The weight of an indicator in the set in effect (0 when not weighted). */
    public int weight(Indicator code) {
        return getRanges().stream().filter(x -> x.code() == code).mapToInt(IndicatorRange::weight).findFirst().orElse(0);
    }

    private static String format(Indicator code, BigDecimal v) {
        if (v == null) {
            return "–";
        }
        return switch (code) {
            case MEAN_DURATION_DAYS, MEDIAN_DURATION_DAYS, SATISFACTION_MEAN, MEAN_ACCEPTANCE_DAYS ->
                    v.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case OPEN_PAST_DUE -> v.setScale(0, RoundingMode.HALF_UP).toPlainString();
            default -> v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        };
    }

    public long received(Counts c) {
        return EvaluationExcel.received(c);
    }

    public long count(Counts c, String counter) {
        return c.get(Counter.valueOf(counter));
    }

    /** Region options: the provinces of the centers (HQ). */
    public List<String> getRegions() {
        return new ArrayList<>(centerDirectory.values().stream().map(MediationCenter::province).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** Industry options: the industries of the centers (HQ). */
    public List<String> getIndustries() {
        return new ArrayList<>(centerDirectory.values().stream().map(MediationCenter::industry).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** The last five years, newest first. */
    public List<Integer> getYears() {
        int now = BusinessTime.today().getYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }

    public List<Integer> getParts() {
        int n = "QUARTER".equals(periodKind) ? 4 : 12;
        List<Integer> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            parts.add(i);
        }
        return parts;
    }

    /** Keeps the month or quarter in range when the kind of period changes. */
    public void periodKindChanged() {
        if ("QUARTER".equals(periodKind) && part > 4) {
            part = (part - 1) / 3 + 1;
        }
        load();
    }

    public boolean isHq() {
        return hq;
    }

    public Evaluation getCenters() {
        return centers;
    }

    public Counts getTotals() {
        return totals;
    }

    public Scorecard getTotalScore() {
        return totalScore;
    }

    public long getWarningCount() {
        return warningCount;
    }

    public boolean isWarningCountExact() {
        return warningCountExact;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public String getOutcomeChart() {
        return outcomeChart;
    }

    public String getRegionChart() {
        return regionChart;
    }

    public String getSelectedCenter() {
        return selectedCenter;
    }

    public String getSelectedCenterName() {
        return selectedCenterName;
    }

    public String getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(String periodKind) {
        this.periodKind = List.of("MONTH", "QUARTER", "YEAR").contains(periodKind) ? periodKind : "YEAR";
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getPart() {
        return part;
    }

    public void setPart(int part) {
        this.part = part;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }
}
