package org.sutiao.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.platform.application.PlatformMetrics;

import java.util.concurrent.TimeUnit;

/**
 * Publishes {@link PlatformMetrics} in the server's Micrometer registry when the web module starts (issue 13 §4),
 * so that {@code GET :9990/prometheus} (management interface) lists, besides WildFly's own meters:
 * <ul>
 *   <li>{@code sutiao_cases{status="…"}}: cases per status (every status, exact; counted at most every 15 s, and
 *       {@code CLOSED}, the one large and only-growing count, at most every 10 minutes);</li>
 *   <li>{@code sutiao_acceptances_overdue}: cases pending acceptance past their period;</li>
 *   <li>{@code sutiao_deadline_scan_seconds_count} / {@code _sum}: completed deadline scans on this node and their
 *       total duration (seconds); {@code sutiao_deadline_scan_last_seconds}: the last one's;</li>
 *   <li>{@code sutiao_deadlines_handled_total} / {@code sutiao_deadlines_failed_total}: deadlines the scans on this
 *       node handled, and handlings that failed (rolled back, tried again at the next scan), since it started;</li>
 *   <li>{@code sutiao_logins_failed_total}: failed logins on this node since it started.</li>
 * </ul>
 * The injected registry is WildFly's per-deployment {@code ApplicationRegistry}: it passes to the exported registry
 * (adding the tag {@code WF_DEPLOYMENT="sutiao.ear"}) only what is registered by name and tags ({@code gauge(name, tags, …)},
 * {@code more().counter(…)}, {@code more().timer(…)}); a meter built with {@code Gauge.builder(…).register(registry)}
 * stays in the wrapper and is never scraped, and {@code config()} throws WFLYMMTREXT0015. Each value is read from
 * {@link PlatformMetrics} at the scrape (its case figures at most every 15 s).
 */
@ApplicationScoped
public class MetricsBinder {
    @Inject
    MeterRegistry registry;
    @Inject
    PlatformMetrics metrics;

    /** The meters' names (Micrometer's dotted form). */
    static final String[] NAMES = {"sutiao.cases", "sutiao.acceptances.overdue", "sutiao.deadline.scan",
            "sutiao.deadline.scan.last", "sutiao.deadlines.handled", "sutiao.deadlines.failed", "sutiao.logins.failed"};

    void bind(@Observes @Initialized(ApplicationScoped.class) Object started) {
        unbind(); // a previous deployment's meters would still read its (gone) PlatformMetrics: NaN and 0
        for (CaseStatus status : CaseStatus.values()) {
            registry.gauge("sutiao.cases", Tags.of("status", status.name()), metrics, m -> m.cases(status));
        }
        registry.gauge("sutiao.acceptances.overdue", Tags.empty(), metrics, PlatformMetrics::overdueAcceptances);
        registry.more().timer("sutiao.deadline.scan", Tags.empty(), metrics, PlatformMetrics::scans,
                PlatformMetrics::scanSeconds, TimeUnit.SECONDS);
        registry.more().timeGauge("sutiao.deadline.scan.last", Tags.empty(), metrics, TimeUnit.SECONDS,
                PlatformMetrics::lastScanSeconds);
        registry.more().counter("sutiao.deadlines.handled", Tags.empty(), metrics, PlatformMetrics::deadlinesHandled);
        registry.more().counter("sutiao.deadlines.failed", Tags.empty(), metrics, PlatformMetrics::deadlinesFailed);
        registry.more().counter("sutiao.logins.failed", Tags.empty(), metrics, PlatformMetrics::failedLogins);
    }

    /** Removes the meters when the application stops (a redeployment registers them anew). */
    void unbind(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        unbind();
    }

    private void unbind() {
        for (String name : NAMES) {
            for (Meter m : registry.find(name).meters()) {
                registry.remove(m);
            }
        }
    }
}
