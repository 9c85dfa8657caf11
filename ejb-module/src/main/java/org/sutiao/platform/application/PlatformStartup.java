package org.sutiao.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.sutiao.identity.application.AccountBootstrap;
import org.sutiao.shared.infrastructure.Settings;
import org.sutiao.platform.health.PlatformStatus;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the schema with Flyway, creates the bootstrap operator on a database without accounts
 * ({@link AccountBootstrap}) and, on an empty database, imports the shipped reference data, before anything else of
 * the application runs. Migration and import happen in the same startup bean and fail loudly: a failure stops the
 * deployment instead of leaving a half-initialised platform.
 * <p>
 * Demo data (accounts, mediators, cases, fee schedules, rosters) only when asked (issue 13 §2):
 * {@code SUTIAO_DEMO_DATA=true} or {@code -Dsutiao.demo-data=true} ({@code mvn -Prun} and the container tests ask
 * for it); the default is none. Whether a database was created with demo data is recorded at its creation
 * ({@code platform_setting}), and a database created without it never receives any.
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
    @Inject
    AccountBootstrap bootstrap;

    @PostConstruct
    void start() {
        // The EJB timer store shares the schema (jboss_ejb_timer): baseline an existing schema below V1.
        Flyway flyway = Flyway.configure(PlatformStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrationLocations())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, at version " + version);
        status.migrated(version, java.time.Instant.now());
        Settings settings = Settings.fromEnvironment();
        boolean demo = settings.flag(Settings.DEMO_DATA, false);
        warnIfEmbeddedDatabase(demo);
        bootstrap.createOperatorIfNoAccount(settings.get(Settings.BOOTSTRAP_OPERATOR),
                settings.get(Settings.BOOTSTRAP_PASSWORD));
        importer.importIfEmpty(demo);
    }

    /**
     * Where the migrations are: {@code db/migration} on every database, and {@code db/migration-postgresql} too on
     * PostgreSQL (its indexes H2 cannot build: expression and trigram indexes, issue 10 §3), numbered between the
     * common ones (V19_1 after V19).
     */
    private String[] migrationLocations() {
        try (var connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres")) {
                return new String[]{"classpath:db/migration", "classpath:db/migration-postgresql"};
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
        return new String[]{"classpath:db/migration"};
    }

    /**
     * Logs a WARN when a server without demo data (a production set-up) runs on the embedded H2 database: the
     * data source falls back to H2 when {@code SUTIAO_DB_URL} is not set (docs/OPERATIONS.md §3).
     */
    private void warnIfEmbeddedDatabase(boolean demo) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!demo && product != null && product.toUpperCase(java.util.Locale.ROOT).contains("H2")) {
                LOG.warning("Running on the embedded H2 database: set SUTIAO_DB_DRIVER=postgresql and SUTIAO_DB_URL,"
                        + " _USER, _PASSWORD for production (docs/OPERATIONS.md §3)");
            }
        } catch (java.sql.SQLException e) {
            LOG.log(java.util.logging.Level.FINE, "Database product not read", e);
        }
    }
}
