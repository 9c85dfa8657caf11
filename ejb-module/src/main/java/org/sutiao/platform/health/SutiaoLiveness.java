package org.sutiao.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live}, check {@code sutiao}): the application is deployed and its threads answer.
 * Nothing external is asked: a database outage makes the node unready, not dead (a restart would not help).
 */
@Liveness
@ApplicationScoped
public class SutiaoLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sutiao").up().withData("heapUsedMiB", usedHeapMiB()).build();
    }

    private static long usedHeapMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
