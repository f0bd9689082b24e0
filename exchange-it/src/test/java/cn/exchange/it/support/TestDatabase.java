package cn.exchange.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts one embedded PostgreSQL for the whole failsafe run, before Arquillian reads its configuration, and hands its
 * coordinates to Payara Micro through the {@code exchange.db.*} system properties (arquillian.xml passes them on).
 * Functional tests keep zonky's fast settings (fsync off); the crash and benchmark tests run durable elsewhere.
 *
 * <p>Only failsafe's JVM sets {@code exchange.testdb=true}; surefire's would otherwise start a database for nothing.
 */
public class TestDatabase implements LauncherSessionListener {

    /** The first administrator of the test deployment; tests sign in with it. */
    public static final String ADMIN_PASSWORD = "Root-Test-Pass-2026";

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("exchange.testdb") || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
        }
        System.setProperty("exchange.db.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        System.setProperty("exchange.db.user", "postgres");
        System.setProperty("exchange.db.password", "postgres");
        System.setProperty("exchange.admin.password", ADMIN_PASSWORD);
        System.setProperty("exchange.it.clockOptions", clockOptions(System.getProperty("exchange.test.clock", "")));
    }

    /**
     * The exchange's clock for the in-container suite (arquillian.xml passes these options to Payara Micro): the
     * server's clock, or, with {@code -Dexchange.test.clock=2030-06-30T16:59}, a training environment whose clock starts
     * there (the test run's "today", whatever the date it runs on).
     */
    static String clockOptions(String testClock) {
        if (testClock == null || testClock.isBlank()) {
            return "-Dexchange.environment=production";
        }
        return "-Dexchange.environment=training -Dexchange.clock.start=" + testClock.strip()
                + " -Dexchange.clock.anchor=" + System.currentTimeMillis();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
            postgres = null;
        }
    }

    /** Direct access for tests that check what the application stored. */
    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("The test database is not running (exchange.testdb is not set)");
        }
        return postgres.getPostgresDatabase();
    }

    /** The number a query of one number answers ({@code select count(*) …}), read from the test database. */
    public static long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
