package cn.exchange.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import javax.sql.DataSource;

/**
 * The embedded PostgreSQL for plain JUnit tests: {@code @ExtendWith(TestPostgresExtension.class)} starts
 * {@link TestPostgres} before the class's tests (if it does not run yet) and passes its {@link DataSource} to any
 * test, lifecycle method or constructor that asks for one. A module whose tests need a schema extends it and prepares
 * the database in {@link #database()}.
 */
public class TestPostgresExtension implements BeforeAllCallback, ParameterResolver {

    /** The database the tests get: {@link TestPostgres#start()}. */
    protected DataSource database() {
        return TestPostgres.start();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database();
    }
}
