package org.sutiao.evaluation.infrastructure;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sutiao.evaluation.application.Evaluation;
import org.sutiao.evaluation.application.ReportFigures;
import org.sutiao.evaluation.domain.Counter;
import org.sutiao.evaluation.domain.Counts;
import org.sutiao.evaluation.domain.Indicator;
import org.sutiao.evaluation.domain.QualityReport;
import org.sutiao.evaluation.domain.Scorecard;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.infrastructure.PdfFonts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Renders a quality analysis report (调解工作质效分析报告, issue 11 §3) as a PDF in Chinese, the language of the
 * document: the generated sections (一 overview … 九 indicators out of range) with their tables and charts, then HQ's
 * narrative (十 findings, 十一 problems, 十二 measures). Text and the charts' labels use the embedded CJK font of
 * {@link PdfFonts#cjk()}: the charts (JFreeChart) are drawn as vectors straight into the PDF, their text mapped to
 * that font, so no system font is needed at render time and the charts' text is extractable. Rates are shown as
 * percentages with 2 places, durations in calendar days.
 */
public final class QualityReportPdf {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final FontMapper CJK = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return PdfFonts.cjk();
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
        }
    };
    /**
     * The section headings, in order (also what a reader finds in the extracted text): the Chinese bundle's
     * {@code qualityReport.pdf.section.1} … {@code .12}, Chinese being the language of the official document.
     */
    public static final List<String> HEADINGS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> t("section." + i)).toList();

    private final Font title = new Font(PdfFonts.cjk(), 18, Font.BOLD);
    private final Font heading = new Font(PdfFonts.cjk(), 13, Font.BOLD);
    private final Font body = new Font(PdfFonts.cjk(), 10.5f);
    private final Font small = new Font(PdfFonts.cjk(), 8.5f);
    private final Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    private PdfWriter writer;

    private QualityReportPdf() {
    }

    /**
     * The PDF bytes.
     *
     * @param scopeName   the scope as readers name it (全国, a province, a center's name)
     * @param generatedAt when the figures were read
     * @param publishedAt the moment of publication for the frozen copy; null for a draft
     */
    public static byte[] render(QualityReport report, String scopeName, ReportFigures f, Instant generatedAt,
                                Instant publishedAt) {
        return new QualityReportPdf().write(report, scopeName, f, generatedAt, publishedAt);
    }

    private byte[] write(QualityReport report, String scopeName, ReportFigures f, Instant generatedAt,
                         Instant publishedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(Messages.get(Messages.CHINESE, "qualityReport.title") + " " + scopeName + " " + period(f.from(), f.to()));
        doc.open();
        Paragraph t = new Paragraph(Messages.get(Messages.CHINESE, "qualityReport.title"), title);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph sub = new Paragraph(scopeName + "　" + period(f.from(), f.to()), heading);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        String state = publishedAt != null
                ? "已发布（" + stamp(publishedAt) + "）" : "草稿，未发布";
        Paragraph meta = new Paragraph("报告编号 " + report.id() + "　" + state + "　数据生成于 " + stamp(generatedAt)
                + "　指标体系第 " + f.indicatorSetVersion() + " 版", small);
        meta.setAlignment(Element.ALIGN_CENTER);
        doc.add(meta);
        Counts c = f.total();
        Scorecard card = f.totalCard();

        section(0);
        text("本期共收案" + received(c) + "件（委派 " + c.get(Counter.RECEIVED_DELEGATED) + " 件，委托 "
                + c.get(Counter.RECEIVED_ENTRUSTED) + " 件，当事人直接申请 " + c.get(Counter.RECEIVED_DIRECT)
                + " 件），受理" + c.get(Counter.ACCEPTED) + "件，不予受理" + c.get(Counter.DECLINED) + "件，办结"
                + c.get(Counter.CONCLUDED) + "件，调解成功率" + pct(card.values().get(Indicator.SUCCESS_RATE))
                + "。纳入统计的调解组织 " + f.centers().size() + " 家。综合得分 "
                + (card.score() == null ? "—" : card.score() + " 分（" + grade(card) + "）") + "。");

        section(1);
        table(headings("month", "received", "accepted", "declined", "concluded", "successRate"), f.months().stream()
                .map(m -> new String[]{m.month().toString().substring(0, 7), n(received(m.counts())),
                        n(m.counts().get(Counter.ACCEPTED)), n(m.counts().get(Counter.DECLINED)),
                        n(m.counts().get(Counter.CONCLUDED)),
                        pct(Indicator.SUCCESS_RATE.valueOf(m.counts()))}).toList());
        if (f.months().size() > 1) {
            DefaultCategoryDataset trend = new DefaultCategoryDataset();
            for (ReportFigures.Month m : f.months()) {
                String label = m.month().toString().substring(0, 7);
                trend.addValue(received(m.counts()), t("col.received"), label);
                trend.addValue(m.counts().get(Counter.CONCLUDED), t("col.concluded"), label);
            }
            chart(ChartFactory.createLineChart(t("chart.trend"), t("col.month"), t("col.count"), trend, PlotOrientation.VERTICAL,
                    true, false, false));
        }

        section(2);
        String[][] outcomes = {{t("outcome.settledFull"), n(c.get(Counter.SETTLED_FULL))},
                {t("outcome.settledPartial"), n(c.get(Counter.SETTLED_PARTIAL))},
                {t("outcome.failed"), n(c.get(Counter.FAILED))}, {t("outcome.withdrawn"), n(c.get(Counter.WITHDRAWN))},
                {t("outcome.consentRefused"), n(c.get(Counter.CONSENT_REFUSED))},
                {t("outcome.concluded"), n(c.get(Counter.CONCLUDED))}};
        table(headings("outcome", "count"), List.of(outcomes));
        DefaultCategoryDataset outcomeSet = new DefaultCategoryDataset();
        for (int i = 0; i < outcomes.length - 1; i++) {
            outcomeSet.addValue(Long.parseLong(outcomes[i][1]), t("col.count"), outcomes[i][0]);
        }
        chart(ChartFactory.createBarChart(t("chart.outcomes"), t("col.outcome"), t("col.count"), outcomeSet, PlotOrientation.VERTICAL,
                false, false, false));

        section(3);
        text("按期受理率" + pct(card.values().get(Indicator.ACCEPTED_ON_TIME_RATE)) + "（" + c.get(Counter.ACCEPTED_ON_TIME)
                + "/" + c.get(Counter.ACCEPTED) + "）；平均调解天数" + days(card.values().get(Indicator.MEAN_DURATION_DAYS))
                + "，中位数" + days(card.values().get(Indicator.MEDIAN_DURATION_DAYS)) + "（自然日，不含中止期间）；超过30日办结"
                + c.get(Counter.BEYOND_30_DAYS) + "件，占" + pct(card.values().get(Indicator.BEYOND_30_DAYS_RATE)) + "。");
        BigDecimal pastDue = card.values().get(Indicator.OPEN_PAST_DUE);
        if (pastDue != null) {
            text("生成时超期未结案件（正在调解或中止调解、调解期限已届满，久调不决风险）" + pastDue.toPlainString() + "件。");
        }

        section(4);
        text("申请司法确认" + c.get(Counter.CONFIRMATIONS_APPLIED) + "件，确认有效" + c.get(Counter.CONFIRMATIONS_VALID)
                + "件，驳回" + c.get(Counter.CONFIRMATIONS_REJECTED) + "件，确认有效率"
                + pct(card.values().get(Indicator.CONFIRMATION_VALID_RATE)) + "；出具调解书"
                + c.get(Counter.MEDIATION_DOCUMENTS)
                + "件。本期到期履行义务" + c.get(Counter.OBLIGATIONS_DUE) + "项，按期履行"
                + c.get(Counter.OBLIGATIONS_PERFORMED_ON_TIME) + "项，协议按期履行率"
                + pct(card.values().get(Indicator.PERFORMED_ON_TIME_RATE)) + "。");

        section(5);
        text("当事人评价" + c.get(Counter.SATISFACTION_COUNT) + "次，平均"
                + num(card.values().get(Indicator.SATISFACTION_MEAN)) + "分（满分5分）。仅公布汇总数据。");

        section(6);
        if (f.regions().size() > 1) {
            table(headings("region", "center", "received", "concluded", "successRate", "meanDays"), f.regions().stream()
                    .map(g -> new String[]{g.name(), n(g.centers()), n(received(g.counts())),
                            n(g.counts().get(Counter.CONCLUDED)),
                            pct(g.scorecard().values().get(Indicator.SUCCESS_RATE)),
                            days(g.scorecard().values().get(Indicator.MEAN_DURATION_DAYS))}).toList());
            DefaultCategoryDataset regions = new DefaultCategoryDataset();
            f.regions().forEach(g -> regions.addValue(received(g.counts()), t("col.received"), g.name()));
            chart(ChartFactory.createBarChart(t("chart.regions"), t("col.region"), t("col.count"), regions, PlotOrientation.HORIZONTAL,
                    false, false, false));
        }
        table(headings("center", "received", "accepted", "concluded", "successRate", "meanDays", "score"),
                rows(f.centers()));

        section(7);
        if (f.mediators().isEmpty()) {
            text(f.scope().kind() == org.sutiao.evaluation.domain.ReportScope.Kind.CENTER
                    ? "本期无调解员数据。" : "调解员情况见各调解组织的报告（按参考范围评价，不作排名）。");
        } else {
            table(headings("mediator", "received", "accepted", "concluded", "successRate", "meanDays", "score"),
                    rows(f.mediators()));
        }

        section(8);
        if (f.outOfRange().isEmpty()) {
            text("各项指标均在参考范围内。");
        } else {
            table(headings("center", "outOfRange"), f.outOfRange().stream()
                    .map(i -> new String[]{i.name(), i.scorecard().outOfRange().stream()
                            .map(code -> Messages.get(Messages.CHINESE, "indicator." + code + ".name"))
                            .collect(Collectors.joining("、"))}).toList());
        }

        section(9);
        text(report.findings());
        section(10);
        text(report.problems());
        section(11);
        text(report.measures());
        doc.close();
        return out.toByteArray();
    }

    private List<String[]> rows(List<Evaluation.Item> items) {
        return items.stream().map(i -> new String[]{i.name(), n(received(i.counts())),
                n(i.counts().get(Counter.ACCEPTED)), n(i.counts().get(Counter.CONCLUDED)),
                pct(i.scorecard().values().get(Indicator.SUCCESS_RATE)),
                days(i.scorecard().values().get(Indicator.MEAN_DURATION_DAYS)),
                i.scorecard().score() == null ? "—" : String.valueOf(i.scorecard().score())}).toList();
    }

    /** A text of the Chinese bundle under {@code qualityReport.pdf.}. */
    private static String t(String key) {
        return Messages.get(Messages.CHINESE, "qualityReport.pdf." + key);
    }

    /** Column headings from {@code qualityReport.pdf.col.*}. */
    private static String[] headings(String... columns) {
        return java.util.Arrays.stream(columns).map(col -> t("col." + col)).toArray(String[]::new);
    }

    private void section(int i) {
        Paragraph p = new Paragraph(HEADINGS.get(i), heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private void text(String s) {
        doc.add(new Paragraph(s == null || s.isBlank() ? "（未填写）" : s, body));
    }

    private void table(String[] headings, List<String[]> rows) {
        PdfPTable table = new PdfPTable(headings.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String h : headings) {
            table.addCell(new PdfPCell(new Paragraph(h, small)));
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                PdfPCell cell = new PdfPCell(new Paragraph(r[i], small));
                if (i > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
    }

    private void chart(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("sutiao-cjk");
        theme.setExtraLargeFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
        theme.setLargeFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        theme.setRegularFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        theme.setSmallFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9));
        // the pages' look: a white plot with light grid lines, series in the platform's blue and amber
        theme.setPlotBackgroundPaint(java.awt.Color.WHITE);
        theme.setChartBackgroundPaint(java.awt.Color.WHITE);
        theme.setDomainGridlinePaint(new java.awt.Color(0xd5dbe3));
        theme.setRangeGridlinePaint(new java.awt.Color(0xd5dbe3));
        theme.setDrawingSupplier(new org.jfree.chart.plot.DefaultDrawingSupplier(
                new java.awt.Paint[]{new java.awt.Color(0x1565c0), new java.awt.Color(0x9a5b00),
                        new java.awt.Color(0x2e7d32), new java.awt.Color(0x6a1b9a)},
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        float w = 495;
        float h = 230;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(w, h);
        Graphics2D g = tpl.createGraphics(w, h, CJK);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        try {
            ImgTemplate img = new ImgTemplate(tpl);
            img.setAlignment(Element.ALIGN_CENTER);
            doc.add(img);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long received(Counts c) {
        return EvaluationExcel.received(c);
    }

    private static String n(long v) {
        return String.valueOf(v);
    }

    private static String pct(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
    }

    private static String days(BigDecimal d) {
        return d == null ? "—" : d.setScale(2, RoundingMode.HALF_UP) + "天";
    }

    private static String num(BigDecimal d) {
        return d == null ? "—" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String grade(Scorecard card) {
        return card.grade() == null ? "—" : Messages.get(Messages.CHINESE, "evaluationGrade." + card.grade());
    }

    private static String stamp(Instant at) {
        return at == null ? "" : STAMP.format(at.atZone(BusinessTime.ZONE));
    }

    /** 2026年1月 or 2026年1月—2026年3月. */
    static String period(LocalDate from, LocalDate to) {
        String a = from.getYear() + "年" + from.getMonthValue() + "月";
        String b = to.getYear() + "年" + to.getMonthValue() + "月";
        return a.equals(b) ? a : a + "—" + b;
    }
}
