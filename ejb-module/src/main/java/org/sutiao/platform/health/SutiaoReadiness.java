package org.sutiao.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness checks of {@link PlatformHealth} as MicroProfile Health checks ({@code /health/ready} on the
 * management interface): {@code sutiao-database}, {@code sutiao-flyway} and {@code sutiao-deadline-timer}, each with
 * the figures of its part ({@code version}, {@code failed}, {@code lastScanAt}, {@code secondsSinceLastScan} …). One
 * probe runs the database queries once: the three share {@link PlatformHealth#check()}'s report of the last second.
 * <p>
 * They live in the EAR's {@code lib/} (this jar), not in the web or EJB module: WildFly's health subsystem looks
 * checks up through its own CDI extension, whose bean manager sees only the EAR's top level.
 */
public abstract class SutiaoReadiness implements HealthCheck {
    @Inject
    PlatformHealth health;

    /** The part of {@link PlatformHealth.Report#checks()} this check reports. */
    abstract String part();

    @Override
    public HealthCheckResponse call() {
        PlatformHealth.Report report = health.recentCheck();
        PlatformHealth.Check check = report.checks().get(part());
        HealthCheckResponseBuilder b = HealthCheckResponse.named(name(part())).status(check != null && check.up());
        if (check == null) {
            b.withData("reason", "database unavailable");
        } else {
            check.data().forEach((k, v) -> {
                if (v instanceof Number n) {
                    b.withData(k, n.longValue());
                } else {
                    b.withData(k, String.valueOf(v));
                }
            });
        }
        return b.build();
    }

    /** {@code deadlineTimer} → {@code sutiao-deadline-timer}. */
    static String name(String part) {
        return "sutiao-" + part.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code sutiao-database}: a connection of {@code SutiaoDS} answers. */
    @Readiness
    @ApplicationScoped
    public static class Database extends SutiaoReadiness {
        @Override
        String part() {
            return "database";
        }
    }

    /** {@code sutiao-flyway}: the schema is at the version this node migrated to, no migration failed. */
    @Readiness
    @ApplicationScoped
    public static class Flyway extends SutiaoReadiness {
        @Override
        String part() {
            return "flyway";
        }
    }

    /** {@code sutiao-deadline-timer}: the last successful deadline scan is at most 2 minutes old. */
    @Readiness
    @ApplicationScoped
    public static class DeadlineTimer extends SutiaoReadiness {
        @Override
        String part() {
            return "deadlineTimer";
        }
    }
}
