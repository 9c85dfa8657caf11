package org.sutiao.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the schema with Flyway and, on an empty database, imports the shipped reference and demo data, before
 * anything else of the application runs. Migration and import happen in the same startup bean and fail loudly:
 * a failure stops the deployment instead of leaving a half-initialised platform.
 * <p>
 * {@code -Dsutiao.demo-data=false} imports only the reference data (courts, centers, calendar) without demo
 * accounts, mediators and cases: never load the demo accounts into production.
 */
@Singleton(name = PlatformStartup.NAME)
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {
    public static final String NAME = "PlatformStartup";
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/SutiaoDS")
    DataSource dataSource;
    @Inject
    DemoDataImporter importer;
    @Inject
    PlatformStatus status;

    @PostConstruct
    void start() {
        // The EJB timer store shares the schema (jboss_ejb_timer): baseline an existing schema below V1.
        Flyway flyway = Flyway.configure(PlatformStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, at version " + version);
        status.migrated(version, java.time.Instant.now());
        boolean demo = Boolean.parseBoolean(System.getProperty("sutiao.demo-data", "true"));
        importer.importIfEmpty(demo);
    }
}
