package cn.exchange.core.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * The reminders a qualified bidder gets before a lot's bidding session (issue 23): one day and 30 minutes before its
 * start. The two periods are the exchange's practice, not a rule of docs/rules.md (no text of law or practice sets
 * them). A reminder is due from its moment ({@code start - lead}) until the next one's (the day's until 30 minutes
 * before; the 30 minutes' until the start), and only when the session was scheduled no later than that moment: a
 * session scheduled 10 minutes before its start gets neither (the scheduling's own notification told the time), and a
 * server that was down at the moment does not send a day's reminder in the last 30 minutes.
 */
public enum SessionReminder {
    DAY(Duration.ofDays(1), "session-reminder-1d", NotificationKind.SESSION_REMINDER_DAY),
    SOON(Duration.ofMinutes(30), "session-reminder-30m", NotificationKind.SESSION_REMINDER_SOON);

    private final Duration lead;
    private final String keyPrefix;
    private final NotificationKind kind;

    SessionReminder(Duration lead, String keyPrefix, NotificationKind kind) {
        this.lead = lead;
        this.keyPrefix = keyPrefix;
        this.kind = kind;
    }

    /** How long before the start the reminder is due. */
    public Duration lead() {
        return lead;
    }

    public NotificationKind kind() {
        return kind;
    }

    /**
     * Whether the reminder of a session starting at {@code start}, scheduled at {@code scheduledAt} (null: not known,
     * taken as early enough), is due at {@code now}.
     */
    public boolean due(Instant scheduledAt, Instant start, Instant now) {
        Instant moment = start.minus(lead);
        Instant until = this == DAY ? start.minus(SOON.lead) : start;
        return (scheduledAt == null || !scheduledAt.isAfter(moment)) && !now.isBefore(moment) && now.isBefore(until);
    }

    /**
     * The event's key: the lot and the start, so that a rescheduled session is reminded again and a repeated run (or a
     * second server) is not: {@code session-reminder-1d:<lotId>:<start>}.
     */
    public String key(long lotId, Instant start) {
        return keyPrefix + ":" + lotId + ":" + start;
    }

    /** The key of the notification that a lot's session was scheduled to start at {@code start}. */
    public static String scheduledKey(long lotId, Instant start) {
        return "session-scheduled:" + lotId + ":" + start;
    }
}
