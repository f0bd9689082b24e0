package cn.exchange.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One embedded PostgreSQL per JVM for the tests (zonky's, with its fast settings: fsync off). The first {@code start}
 * starts it, later ones answer the same server; a shutdown hook stops it when the JVM ends, or a
 * {@link TestPostgresSession} at the end of the launcher session. The schema is the caller's: a module that needs the
 * application's tables migrates them (exchange-ejb's tests run Flyway; in the IT suites the deployed exchange does).
 */
public final class TestPostgres {

    /** The exchange's clock zone for the server's {@code timezone}, as the run command's database has it. */
    public static final Map<String, String> BEIJING_TIME = Map.of("timezone", "Asia/Shanghai");

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static boolean hooked;

    private TestPostgres() {
    }

    /** Starts the server on a free port, in Beijing time, unless it runs; answers its {@code postgres} database. */
    public static DataSource start() {
        return start(0, BEIJING_TIME);
    }

    /** Starts the server on {@code port}, in Beijing time, unless it runs; answers its {@code postgres} database. */
    public static DataSource start(int port) {
        return start(port, BEIJING_TIME);
    }

    /**
     * Starts the server on {@code port} (0: a free one) with these server settings, unless it runs already; answers its
     * {@code postgres} database (user and password {@code postgres}).
     *
     * @throws IllegalStateException when it runs already on another fixed port than the one asked for
     */
    public static synchronized DataSource start(int port, Map<String, String> serverConfig) {
        if (postgres != null) {
            if (port != 0 && port != postgres.getPort()) {
                throw new IllegalStateException("The test PostgreSQL runs on port " + postgres.getPort() + ", not " + port);
            }
            return dataSource;
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) {
            builder.setPort(port);
        }
        serverConfig.forEach(builder::setServerConfig);
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
        }
        dataSource = postgres.getPostgresDatabase();
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
            hooked = true;
        }
        return dataSource;
    }

    public static synchronized boolean running() {
        return postgres != null;
    }

    /** Stops the server if it runs (a later {@code start} starts a new one). */
    public static synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the run is ending
            }
            postgres = null;
            dataSource = null;
        }
    }

    /** The running server's {@code postgres} database. */
    public static synchronized DataSource dataSource() {
        running("dataSource");
        return dataSource;
    }

    public static synchronized int port() {
        return running("port").getPort();
    }

    /** {@code jdbc:postgresql://localhost:<port>/postgres} (user and password {@code postgres}). */
    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    private static EmbeddedPostgres running(String what) {
        if (postgres == null) {
            throw new IllegalStateException("The test PostgreSQL is not running (" + what + ")");
        }
        return postgres;
    }

    /** The number a query of one number answers ({@code select count(*) …}), read from the running server. */
    public static long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code sql}, an insert {@code … returning id} with one text parameter, and answers the new row's id. */
    public static long insert(Connection c, String sql, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
