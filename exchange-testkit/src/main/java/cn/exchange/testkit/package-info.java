/**
 * What the test modules share, and nothing the exchange runs: one embedded PostgreSQL per test JVM
 * ({@link cn.exchange.testkit.TestPostgres}), with its JUnit extension for plain tests
 * ({@link cn.exchange.testkit.TestPostgresExtension}) and the launcher-session listener the in-container suites start it
 * from before their server ({@link cn.exchange.testkit.TestPostgresSession}); and the client of the REST API
 * ({@link cn.exchange.testkit.ApiClient}). The module depends on no module of the exchange, so that exchange-ejb's tests
 * can use it.
 */
package cn.exchange.testkit;
