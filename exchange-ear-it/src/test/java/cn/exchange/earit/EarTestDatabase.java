package cn.exchange.earit;

import cn.exchange.testkit.TestPostgres;
import cn.exchange.testkit.TestPostgresSession;

import java.util.Map;

/**
 * The EAR test's PostgreSQL (the test kit's), on the fixed port the failsafe environment (EXCHANGE_DB_URL) names,
 * started before the managed Payara Server that inherits that environment. Only failsafe's JVM sets
 * {@code exchange.ear.testdb=true}.
 */
public class EarTestDatabase extends TestPostgresSession {

    public EarTestDatabase() {
        super("exchange.ear.testdb");
    }

    /** On {@code exchange.ear.pg.port}, with zonky's own server settings, as this smoke test has always run. */
    @Override
    protected void start() {
        TestPostgres.start(Integer.getInteger("exchange.ear.pg.port", 25432), Map.of());
    }
}
