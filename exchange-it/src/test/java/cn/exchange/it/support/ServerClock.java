package cn.exchange.it.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The exchange's own time, as the server reports it ({@code GET /api/system/info}): tests date what they create (a
 * valuation a month old, a session in ten seconds, a bank credit received now) by the exchange's clock, never by the
 * test machine's, so that they pass at any date and with any clock the exchange is started with
 * ({@code -Dexchange.test.clock=2030-06-30T16:59}).
 */
public final class ServerClock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STATEMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ServerClock() {
    }

    /** The exchange's current time, Beijing time. */
    public static OffsetDateTime now(Api api) {
        return OffsetDateTime.parse(api.get("/api/system/info").json().getString("serverTime"));
    }

    /** The exchange's current time as an SQL literal, for test fixtures that write rows directly. */
    public static String sql(Api api) {
        return "timestamptz '" + now(api) + "'";
    }

    /** The exchange's current day. */
    public static LocalDate today(Api api) {
        return now(api).atZoneSameInstant(BEIJING).toLocalDate();
    }

    /** The exchange's current time as a bank statement writes it: {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
    public static String statementTime(Api api) {
        return STATEMENT.format(now(api).atZoneSameInstant(BEIJING));
    }
}
