package org.sutiao.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.sutiao.audit.application.Audited;
import org.sutiao.evaluation.domain.IndicatorSet;
import org.sutiao.evaluation.domain.QualityReport;
import org.sutiao.evaluation.domain.QualityReportSnapshot;
import org.sutiao.evaluation.domain.ReportKind;
import org.sutiao.evaluation.domain.ReportScope;
import org.sutiao.evaluation.domain.ReportStatus;
import org.sutiao.evaluation.infrastructure.EvaluationExcel;
import org.sutiao.evaluation.infrastructure.EvaluationJson;
import org.sutiao.evaluation.infrastructure.QualityReportPdf;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.PersistenceFailures;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.Hashes;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality analysis reports (调解工作质效分析报告; notice 法办〔2024〕623号 §5(3), issue 11 §3). HQ creates a draft for
 * whole months and a {@link ReportScope}, writes the narrative and publishes; the figures of a draft are generated
 * from the evaluation ({@link EvaluationService#centers}, {@link EvaluationService#mediators}) whenever its PDF or
 * workbook is read; publication renders both once, stores them with the PDF's SHA-256 and serves only those ever
 * after. Readers outside HQ (center admins, court clerks and supervisors) see the published reports whose scope
 * covers them ({@link ReportScope#covers}); anything else answers 404 ({@code report.notFound}) so that a report's
 * existence is not disclosed. The timer's periodic national drafts go through {@link #draftPeriodicReport}.
 */
@Stateless
@Audited
public class QualityReportService {
    /** Who the timer's drafts are created by. */
    public static final String TIMER = "system";
    private static final String SUMMARY = "select new org.sutiao.evaluation.application.ReportSummary(r.id,"
            + " r.periodFrom, r.periodTo, r.scope, r.kind, r.status, r.createdAt, r.publishedAt, r.sha256)"
            + " from QualityReport r where r.id < :after";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    EvaluationService evaluation;
    @Inject
    CallerLookup callers;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * HQ creates a draft.
     *
     * @param scope NATIONAL, REGION:&lt;province&gt; or CENTER:&lt;center code&gt;
     * @throws InvalidInputException on {@code from}/{@code to} (whole months, in order) and {@code scope} (malformed:
     *                               {@code report.scope}; no such center or no center in that province:
     *                               {@code report.scopeUnknown})
     */
    @RolesAllowed(Role.HQ)
    public QualityReport createQualityReport(LocalDate from, LocalDate to, String scope) {
        ReportScope s;
        try {
            s = ReportScope.parse(scope);
        } catch (InvalidInputException e) {
            s = null;
        }
        if (s != null && scopeName(s) == null) {
            throw new InvalidInputException("scope", "report.scopeUnknown", s.code());
        }
        QualityReport r = new QualityReport(from, to, s, null, caller().username(), clock.instant());
        em.persist(r);
        return r;
    }

    /**
     * HQ replaces the narrative of a draft.
     *
     * @param version the version the editor read (optimistic lock), or null to skip the check
     * @throws NotFoundException     {@code report.notFound}
     * @throws ConflictException     {@code report.published} once published; {@code report.stale} when
     *                               {@code version} is not the current one
     * @throws InvalidInputException {@code validation.size} on a section over {@value QualityReport#MAX_TEXT}
     *                               characters
     */
    @RolesAllowed(Role.HQ)
    public QualityReport reviseQualityReport(long id, Long version, String findings, String problems,
                                             String measures) {
        QualityReport r = find(id);
        if (version != null && version != r.version() && r.status() == ReportStatus.DRAFT) {
            throw new ConflictException("report.stale");
        }
        r.revise(findings, problems, measures);
        return r;
    }

    /**
     * HQ publishes a draft: its figures are generated now, the PDF and the workbook rendered and frozen, the PDF's
     * SHA-256 kept; from then on the report is visible to the readers in its scope and never changes.
     *
     * @throws NotFoundException {@code report.notFound}
     * @throws ConflictException {@code report.published} when already published
     */
    @RolesAllowed(Role.HQ)
    public QualityReport publishQualityReport(long id) {
        QualityReport r = find(id);
        if (r.status() == ReportStatus.PUBLISHED) {
            throw new ConflictException("report.published");
        }
        Instant now = clock.instant();
        ReportFigures f = figures(r);
        byte[] pdf = QualityReportPdf.render(r, scopeName(r.scope()), f, now, now);
        byte[] xlsx = workbook(f);
        r.publish(Hashes.sha256(pdf), caller().username(), now);
        em.persist(new QualityReportSnapshot(r.id(), pdf, xlsx, EvaluationJson.report(f).toString()));
        return r;
    }

    /**
     * The reports the caller may read, newest first: HQ every one; a center admin, court clerk or supervisor the
     * published ones whose scope covers its center or court.
     *
     * @param after the {@code next} of the previous page, or null for the first
     * @param size  1–100
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.CLERK, Role.SUPERVISOR})
    public ReportPage qualityReports(Long after, int size) {
        Caller caller = caller();
        TypedQuery<ReportSummary> q;
        if (caller.role() == Role.HQ_ADMIN) {
            q = em.createQuery(SUMMARY + " order by r.id desc", ReportSummary.class);
        } else {
            List<String> scopes = readableScopes(caller);
            if (scopes.isEmpty()) {
                return new ReportPage(List.of(), null);
            }
            q = em.createQuery(SUMMARY + " and r.status = :published and r.scope in :scopes order by r.id desc",
                    ReportSummary.class).setParameter("published", ReportStatus.PUBLISHED)
                    .setParameter("scopes", scopes);
        }
        List<ReportSummary> rows = new ArrayList<>(q.setParameter("after", after == null ? Long.MAX_VALUE : after)
                .setMaxResults(size + 1).getResultList());
        Long next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = rows.get(size - 1).id();
        }
        return new ReportPage(List.copyOf(rows), next);
    }

    /**
     * One report the caller may read (see {@link #qualityReports}).
     *
     * @throws NotFoundException {@code report.notFound} when it does not exist or is not readable by the caller
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.CLERK, Role.SUPERVISOR})
    public QualityReport qualityReport(long id) {
        QualityReport r = find(id);
        Caller caller = caller();
        if (caller.role() != Role.HQ_ADMIN && (r.status() != ReportStatus.PUBLISHED
                || !r.scope().covers(caller.role(), caller.orgCode(), regionOf(caller)))) {
            throw new NotFoundException("report.notFound", id);
        }
        return r;
    }

    /**
     * The PDF: a published report's frozen bytes (whose SHA-256 is {@link QualityReport#sha256()}); a draft's
     * (HQ only) rendered from the current figures.
     *
     * @throws NotFoundException as {@link #qualityReport}
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.CLERK, Role.SUPERVISOR})
    public byte[] qualityReportPdf(long id) {
        QualityReport r = qualityReport(id);
        if (r.status() == ReportStatus.PUBLISHED) {
            return em.find(QualityReportSnapshot.class, r.id()).pdf();
        }
        return QualityReportPdf.render(r, scopeName(r.scope()), figures(r), clock.instant(), null);
    }

    /**
     * The generated figures as JSON ({@link EvaluationJson#report}: overview, months, regions, centers, mediators,
     * out-of-range indicators): a published report's frozen at publication with its PDF, so they never change; a
     * draft's (HQ only) generated from the current figures, as its PDF is.
     *
     * @return the JSON text, or null for a report published before the figures were kept (V38)
     * @throws NotFoundException as {@link #qualityReport}
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.CLERK, Role.SUPERVISOR})
    public String qualityReportFigures(long id) {
        QualityReport r = qualityReport(id);
        if (r.status() == ReportStatus.PUBLISHED) {
            return em.find(QualityReportSnapshot.class, r.id()).figures();
        }
        return EvaluationJson.report(figures(r)).toString();
    }

    /**
     * The workbook (.xlsx, Chinese) of the centers in scope: frozen for a published report, current for a draft.
     *
     * @throws NotFoundException as {@link #qualityReport}
     */
    @RolesAllowed({Role.HQ, Role.CENTER, Role.CLERK, Role.SUPERVISOR})
    public byte[] qualityReportWorkbook(long id) {
        QualityReport r = qualityReport(id);
        if (r.status() == ReportStatus.PUBLISHED) {
            return em.find(QualityReportSnapshot.class, r.id()).xlsx();
        }
        return workbook(figures(r));
    }

    /**
     * The timer drafts a periodic national report unless it exists, in a transaction of its own: a second node or a
     * rerun that loses the race to the unique key ({@code quality_report_periodic}) gets {@code report.exists}, with
     * only this attempt rolled back.
     *
     * @return true when this call drafted it, false when it existed
     * @throws ConflictException {@code report.exists} when a concurrent draft of the same period won the race
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean draftPeriodicReport(ReportKind kind, LocalDate from, LocalDate to) {
        boolean exists = !em.createNamedQuery("QualityReport.periodic", QualityReport.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("scope", ReportScope.NATIONAL.toString())
                .setParameter("kind", kind).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        em.persist(new QualityReport(from, to, ReportScope.NATIONAL, kind, TIMER, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceFailures.isDuplicateKey(e)) {
                throw new ConflictException("report.exists");
            }
            throw e;
        }
        return true;
    }

    private ReportFigures figures(QualityReport r) {
        ReportScope s = r.scope();
        String region = s.kind() == ReportScope.Kind.REGION ? s.code() : null;
        Evaluation period = evaluation.centers(r.periodFrom(), r.periodTo(), region, null);
        Map<LocalDate, Evaluation> monthly = new LinkedHashMap<>();
        if (r.periodFrom().plusMonths(1).isAfter(r.periodTo())) {
            monthly.put(r.periodFrom(), period);
        } else {
            for (LocalDate m = r.periodFrom(); !m.isAfter(r.periodTo()); m = m.plusMonths(1)) {
                monthly.put(m, evaluation.centers(m, m.with(TemporalAdjusters.lastDayOfMonth()), region, null));
            }
        }
        Evaluation mediators = s.kind() == ReportScope.Kind.CENTER
                ? evaluation.mediators(r.periodFrom(), r.periodTo(), s.code()) : null;
        IndicatorSet set = evaluation.indicatorSets().stream().filter(i -> !i.effectiveFrom().isAfter(r.periodTo()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no indicator set on " + r.periodTo()));
        return ReportFigures.build(s, period, monthly, regions(), mediators, set::score);
    }

    private static byte[] workbook(ReportFigures f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EvaluationExcel.write(Messages.CHINESE, out, "evaluation.sheet.centers",
                    new Evaluation(f.from(), f.to(), f.indicatorSetVersion(), f.centers()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Center code → province. */
    private Map<String, String> regions() {
        Map<String, String> m = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT code, province FROM mediation_center").getResultList()) {
            Object[] row = (Object[]) o;
            m.put((String) row[0], (String) row[1]);
        }
        return m;
    }

    /** 全国, the province, or the center's name; null when the region has no center or the center is unknown. */
    String scopeName(ReportScope s) {
        return switch (s.kind()) {
            case NATIONAL -> "全国";
            case REGION -> first("SELECT province FROM mediation_center WHERE province = ?1", s.code());
            case CENTER -> first("SELECT name FROM mediation_center WHERE code = ?1", s.code());
        };
    }

    /** The first column of the first row of a native query with one parameter, as text; null without a row. */
    private String first(String sql, String param) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, param).setMaxResults(1).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    /** The scopes whose published reports the caller reads (see {@link ReportScope#covers}). */
    private List<String> readableScopes(Caller caller) {
        List<String> scopes = new ArrayList<>();
        String region = regionOf(caller);
        for (ReportScope s : List.of(ReportScope.NATIONAL, new ReportScope(ReportScope.Kind.REGION, region),
                new ReportScope(ReportScope.Kind.CENTER, caller.orgCode()))) {
            if (s.code() != null || s.kind() == ReportScope.Kind.NATIONAL) {
                if (s.covers(caller.role(), caller.orgCode(), region)) {
                    scopes.add(s.toString());
                }
            }
        }
        return scopes;
    }

    /** The province of the caller's center (center admin) or court (court roles), or null. */
    private String regionOf(Caller caller) {
        if (caller.orgCode() == null) {
            return null;
        }
        String table = caller.role() == Role.CENTER_ADMIN ? "mediation_center" : caller.role().isCourtSide() ? "court"
                : null;
        if (table == null) {
            return null;
        }
        return first("SELECT province FROM " + table + " WHERE code = ?1", caller.orgCode());
    }

    private QualityReport find(long id) {
        QualityReport r = em.find(QualityReport.class, id);
        if (r == null) {
            throw new NotFoundException("report.notFound", id);
        }
        return r;
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
