package cn.exchange.it.support;

import cn.exchange.testkit.TestPostgres;
import cn.exchange.testkit.TestPostgresSession;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Starts the test kit's embedded PostgreSQL for the whole failsafe run, before Arquillian reads its configuration, and
 * hands its coordinates to Payara Micro through the {@code exchange.db.*} system properties (arquillian.xml passes them
 * on). Functional tests keep zonky's fast settings (fsync off); the crash and benchmark tests run durable elsewhere.
 *
 * <p>Only failsafe's JVM sets {@code exchange.testdb=true}; surefire's would otherwise start a database for nothing.
 */
public class TestDatabase extends TestPostgresSession {

    /** The first administrator of the test deployment; tests sign in with it. */
    public static final String ADMIN_PASSWORD = "Root-Test-Pass-2026";

    public TestDatabase() {
        super("exchange.testdb");
    }

    @Override
    protected void started() {
        System.setProperty("exchange.db.url", TestPostgres.jdbcUrl());
        System.setProperty("exchange.db.user", "postgres");
        System.setProperty("exchange.db.password", "postgres");
        System.setProperty("exchange.admin.password", ADMIN_PASSWORD);
        System.setProperty("exchange.it.clockOptions", clockOptions(System.getProperty("exchange.test.clock", "")));
        // the SMTP server the exchange mails to (notifications), listening before Payara Micro starts
        TestMail.start();
        System.setProperty("exchange.it.smtpPort", String.valueOf(TestMail.PORT));
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

    /** Direct access for tests that check what the application stored. */
    public static DataSource dataSource() {
        return TestPostgres.dataSource();
    }

    /** The number a query of one number answers ({@code select count(*) …}), read from the test database. */
    public static long count(String sql) throws SQLException {
        return TestPostgres.count(sql);
    }
}
