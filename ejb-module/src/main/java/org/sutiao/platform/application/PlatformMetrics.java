package org.sutiao.platform.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.sutiao.cases.domain.CaseStatus;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sutiao's meters in WildFly's Micrometer registry ({@code /prometheus} on the management interface, issue 13 §4):
 * {@code sutiao_cases_open{status}} (every status but CLOSED), {@code sutiao_acceptances_overdue},
 * {@code sutiao_deadline_scan_seconds} (count and duration of the deadline timer's scans on this node) and
 * {@code sutiao_logins_failed_total}. Case figures are counted in the database at most every {@link #FIGURES_TTL}
 * (a scrape does not query more often). Without the micrometer subsystem the meters are left out.
 */
@ApplicationScoped
public class PlatformMetrics {
    static final Duration FIGURES_TTL = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(PlatformMetrics.class.getName());

    @Inject
    Instance<MeterRegistry> registries;
    @Inject
    CaseFigures figures;

    private Timer scans;
    private Counter failedLogins;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0);

    private record Snapshot(Map<CaseStatus, Long> byStatus, long overdue, long takenAtNanos) {
    }

    @PostConstruct
    void register() {
        if (!registries.isResolvable()) {
            LOG.info("No Micrometer registry in this server: Sutiao's meters are off");
            return;
        }
        MeterRegistry registry = registries.get();
        for (CaseStatus s : CaseStatus.values()) {
            if (s != CaseStatus.CLOSED) {
                Gauge.builder("sutiao.cases.open", this, m -> m.figures().byStatus().getOrDefault(s, 0L))
                        .description("Cases in this status").tag("status", s.name()).register(registry);
            }
        }
        Gauge.builder("sutiao.acceptances.overdue", this, m -> m.figures().overdue())
                .description("Referrals pending acceptance past their acceptance period").register(registry);
        scans = Timer.builder("sutiao.deadline.scan").description("Deadline timer scans on this node")
                .register(registry);
        failedLogins = Counter.builder("sutiao.logins.failed").description("Failed logins (form and HTTP Basic)")
                .register(registry);
    }

    /** Touches the bean so that its meters exist from the start (called by the platform's start-up). */
    public void start() {
        // registration happens in @PostConstruct
    }

    /** A deadline scan that completed. */
    public void scanned(Duration took) {
        if (scans != null) {
            scans.record(took);
        }
    }

    /** A failed login. */
    public void loginFailed() {
        if (failedLogins != null) {
            failedLogins.increment();
        }
    }

    private Snapshot figures() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s.takenAtNanos() == 0 || now - s.takenAtNanos() > FIGURES_TTL.toNanos()) {
            synchronized (this) {
                s = snapshot;
                if (s.takenAtNanos() == 0 || now - s.takenAtNanos() > FIGURES_TTL.toNanos()) {
                    try {
                        s = new Snapshot(figures.byStatus(), figures.overdueAcceptances(), now);
                        snapshot = s;
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Case figures not available", e);
                    }
                }
            }
        }
        return s;
    }
}
