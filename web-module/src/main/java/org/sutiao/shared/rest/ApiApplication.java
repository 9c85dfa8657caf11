package org.sutiao.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /sutiao/api/v1} (DESIGN.md §5). Resources and providers are discovered. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
