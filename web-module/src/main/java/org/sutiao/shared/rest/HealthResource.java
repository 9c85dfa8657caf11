package org.sutiao.shared.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.platform.health.PlatformHealth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/health} (DESIGN.md §5; no login): 200 {@code {"status":"UP","database":"H2"|"PostgreSQL",
 * "checks":{…}}} when the node is ready, else 503 {@code "DOWN"}: the same readiness as {@code /health/ready} on the
 * management interface ({@link PlatformHealth}): {@code checks.database}, {@code checks.flyway} (schema version,
 * failed migrations), {@code checks.deadlineTimer} (last successful scan, at most 2 minutes ago), each
 * {@code {"status":"UP"|"DOWN",…figures}}.
 */
@Path("/health")
@RequestScoped
public class HealthResource {
    @Inject
    PlatformHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        PlatformHealth.Report report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.up() ? "UP" : "DOWN");
        if (report.databaseProduct() != null) {
            body.put("database", report.databaseProduct());
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        report.checks().forEach((name, check) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("status", check.up() ? "UP" : "DOWN");
            c.putAll(check.data());
            checks.put(name, c);
        });
        body.put("checks", checks);
        return Response.status(report.up() ? 200 : 503).entity(body).build();
    }
}
