package cn.exchange.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL started from the zonky binaries, its data directory kept under the launcher's home, and made
 * <b>durable</b>: zonky's defaults (fsync and synchronous_commit off, made for tests) are turned back on, because an
 * acknowledged bid or a recorded payment must survive a crash.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "exchange";
    static final String USER = "exchange";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabase start(Path home, int port, String password) throws IOException, SQLException {
        Path data = home.resolve("pgdata");
        Path binaries = home.resolve("pgbin");
        Files.createDirectories(binaries);
        OrphanProcesses.stopPostgresLeftRunning(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // durability: every commit is flushed to disk before it is acknowledged
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // room for two or three application instances and the operator's psql
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("log_timezone", "Asia/Shanghai")
                .start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg, data);
        db.checkItIsOurs();
        db.createDatabase(password);
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** What the server reports for the durability settings; the launcher prints them at start. */
    List<String> durability() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            List<String> out = new java.util.ArrayList<>();
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    out.add(setting + "=" + rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Zonky's readiness probe would accept any PostgreSQL on the port; make sure it is the one on our directory. */
    private void checkItIsOurs() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('data_directory')")) {
            rs.next();
            Path served = Path.of(rs.getString(1)).toAbsolutePath().normalize();
            if (!served.equals(dataDirectory.toAbsolutePath().normalize())) {
                throw new IllegalStateException("Port " + postgres.getPort() + " is served by another PostgreSQL ("
                        + served + "); choose another with --pg-port");
            }
        }
    }

    private void createDatabase(String password) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", USER)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create role " + USER + " login password '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
