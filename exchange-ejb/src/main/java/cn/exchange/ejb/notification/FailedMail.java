package cn.exchange.ejb.notification;

import java.time.OffsetDateTime;

/** A mail given up (after the last attempt or a permanent refusal): the address staff should have corrected. */
public record FailedMail(long id, String username, String address, String subject, int attempts, String error, OffsetDateTime at) {
}
