package cn.exchange.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Owns the database: defines the application's one datasource and brings the schema up to date with Flyway
 * before anything else touches it.
 *
 * <p>The datasource is defined here, in code, so the same definition serves the Payara Micro WAR, the EAR on a
 * full server and the in-container tests. Its URL, user and password come from MicroProfile Config
 * ({@code exchange.db.url}, {@code exchange.db.user}, {@code exchange.db.password}; in the environment
 * {@code EXCHANGE_DB_URL}, {@code EXCHANGE_DB_USER}, {@code EXCHANGE_DB_PASSWORD}), never from the code. The defaults
 * in {@code META-INF/microprofile-config.properties} point at the launcher's embedded PostgreSQL.
 *
 * <p>The schema is owned by the Flyway migrations in {@code db/migration} alone; EclipseLink never generates DDL.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=exchange.db.url}",
        user = "${MPCONFIG=exchange.db.user:exchange}",
        password = "${MPCONFIG=exchange.db.password}",
        // the bid writers hold a few connections for group commits; pages and REST share the rest
        minPoolSize = 2,
        maxPoolSize = 48,
        // idle connections above the minimum are closed after five minutes
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                // a broken connection (PostgreSQL restarted) is replaced instead of failing every later request
                "fish.payara.fail-all-connections=true",
                // a request that cannot get a connection within 10 s fails with a clear "try again" instead of hanging
                "fish.payara.max-wait-time-in-millis=10000",
                "fish.payara.statement-timeout-in-seconds=30",
                // names the connections in pg_stat_activity
                "ApplicationName=exchange",
                "tcpKeepAlive=true",
                "reWriteBatchedInserts=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    /** The JNDI name of the application's datasource; persistence.xml names it too. */
    public static final String DATASOURCE = "java:app/jdbc/exchange";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // a half-applied migration must stop the start, not be papered over
                .validateOnMigrate(true)
                .load();
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion);
    }

    /** The schema version Flyway left the database at, e.g. "7". */
    public String schemaVersion() {
        return schemaVersion;
    }
}
