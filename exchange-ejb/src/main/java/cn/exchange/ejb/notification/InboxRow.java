package cn.exchange.ejb.notification;

import java.time.OffsetDateTime;

/** One notification in a person's inbox (站内信). */
public record InboxRow(long id, String kind, String subject, String body, String link, OffsetDateTime createdAt, boolean read) {
}
