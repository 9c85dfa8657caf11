package org.sutiao.platform.web;

import org.sutiao.platform.application.PlatformHealth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * The readiness checks of {@link PlatformHealth} as MicroProfile Health checks ({@code /health/ready} on the
 * management interface): {@code sutiao-database}, {@code sutiao-flyway}, {@code sutiao-deadline-timer}. Only in one
 * class: a probe runs {@link PlatformHealth#check()} once and reports its parts.
 */
@Readiness
@ApplicationScoped
public class SutiaoReadiness implements HealthCheck {
    @Inject
    PlatformHealth health;

    @Override
    public HealthCheckResponse call() {
        PlatformHealth.Report report = health.check();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("sutiao").status(report.up());
        for (Map.Entry<String, PlatformHealth.Check> e : report.checks().entrySet()) {
            b.withData(e.getKey(), e.getValue().up() ? "UP" : "DOWN");
            e.getValue().data().forEach((k, v) -> {
                if (v instanceof Number n) {
                    b.withData(e.getKey() + "." + k, n.longValue());
                } else {
                    b.withData(e.getKey() + "." + k, String.valueOf(v));
                }
            });
        }
        return b.build();
    }
}
