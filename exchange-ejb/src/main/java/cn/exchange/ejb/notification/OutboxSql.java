package cn.exchange.ejb.notification;

/**
 * The outbox's statements, one place for the worker and its concurrency test (which runs them over plain JDBC, two
 * connections at once). {@code ?1} is the current time; the parameters are numbered in the order they appear.
 */
public final class OutboxSql {

    /**
     * Takes the next due row: locked until the transaction ends, skipped by every other server's worker meanwhile
     * ({@code SKIP LOCKED}), so a mail is handed to SMTP by one worker only.
     */
    public static final String CLAIM = "select id, address, subject, body, attempts from outbox"
            + " where status = 'PENDING' and next_attempt_at <= ?1"
            + " order by next_attempt_at, id"
            + " limit 1"
            + " for update skip locked";

    /** Sent: the body is blanked (a reset mail's body holds its one-time link). */
    public static final String SENT = "update outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?1, body = '',"
            + " last_error = null where id = ?2";

    /** Failed, to be tried again at {@code ?2}. */
    public static final String RETRY = "update outbox set attempts = attempts + 1, next_attempt_at = ?1, last_error = ?2 where id = ?3";

    /** Given up: staff see the address. */
    public static final String FAILED = "update outbox set status = 'FAILED', attempts = attempts + 1, body = '',"
            + " next_attempt_at = ?1, last_error = ?2 where id = ?3";

    private OutboxSql() {
    }

    /** The statement with JDBC's {@code ?} for the numbered parameters (each statement numbers them in order). */
    public static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d", "?");
    }
}
