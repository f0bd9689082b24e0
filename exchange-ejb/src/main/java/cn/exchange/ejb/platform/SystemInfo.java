package cn.exchange.ejb.platform;

/**
 * What {@code GET /api/system/info} answers.
 *
 * @param serverTime  the server's Beijing time, ISO-8601 with offset, e.g. 2026-03-05T17:00:00.000+08:00
 * @param epochMillis the same instant in milliseconds, for clients that correct their own clock
 * @param version     the application's version
 * @param schema      the Flyway schema version
 * @param instance    the id of the instance that answered (useful behind a load balancer)
 * @param installedAt when this database was first set up
 * @param environment {@code production}, or {@code training} for a training environment (演练环境)
 * @param clockStart  a training environment's set clock start (ISO-8601), or null
 */
public record SystemInfo(String serverTime, long epochMillis, String version, String schema, String instance,
                         String installedAt, String environment, String clockStart) {
}
