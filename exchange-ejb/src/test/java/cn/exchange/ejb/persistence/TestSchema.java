package cn.exchange.ejb.persistence;

import cn.exchange.testkit.TestPostgres;
import cn.exchange.testkit.TestPostgresExtension;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The application's schema on the test kit's embedded PostgreSQL ({@link TestPostgres}): the module's own Flyway
 * migrations, run on first use. As an extension, {@code @ExtendWith(TestSchema.class)} passes the migrated
 * {@link DataSource} to the test methods and lifecycle methods that ask for one.
 */
public final class TestSchema extends TestPostgresExtension {

    private static DataSource migrated;

    /** The migrated database: the server started and the migrations run if they are not yet. */
    public static synchronized DataSource dataSource() {
        DataSource ds = TestPostgres.start();
        if (ds != migrated) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            migrated = ds;
        }
        return ds;
    }

    @Override
    protected DataSource database() {
        return dataSource();
    }
}
