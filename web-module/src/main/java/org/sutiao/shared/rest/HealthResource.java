package org.sutiao.shared.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** {@code GET /api/v1/health}: 200 {@code {"status":"UP"}} once the database answers, else 503 DOWN. No login. */
@Path("/health")
@RequestScoped
public class HealthResource {
    @Resource(lookup = "java:jboss/datasources/SutiaoDS")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(5);
            return Response.status(valid ? 200 : 503)
                    .entity(Map.of("status", valid ? "UP" : "DOWN", "database", c.getMetaData().getDatabaseProductName()))
                    .build();
        } catch (SQLException e) {
            return Response.status(503).entity(Map.of("status", "DOWN")).build();
        }
    }
}
