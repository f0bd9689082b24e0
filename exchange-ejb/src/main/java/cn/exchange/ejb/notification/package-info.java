/**
 * Notifications (issue 23): {@link cn.exchange.ejb.notification.Notifications} writes an inbox row and an outbox row in
 * the transaction of the event that causes them; {@link cn.exchange.ejb.notification.OutboxWorker}, run by
 * {@link cn.exchange.ejb.notification.NotificationScheduler} on every server, sends the mail after commit over SMTP
 * ({@link cn.exchange.ejb.notification.Mailer}), taking each row with {@code FOR UPDATE SKIP LOCKED}; the inbox
 * (站内信) and the failed addresses are read here; {@link cn.exchange.ejb.notification.PasswordResets} is 忘记密码 by
 * e-mail.
 */
package cn.exchange.ejb.notification;
