/**
 * Notifications' pure rules (issue 23): what each event tells its recipient, in Chinese with English below
 * ({@link cn.exchange.core.notification.NotificationKind}); when a failed e-mail is tried again and when it is given up
 * ({@link cn.exchange.core.notification.Backoff}); and the self-service password reset's one-time link
 * ({@link cn.exchange.core.notification.ResetTokens}). No clock, no I/O: the time is an argument.
 */
package cn.exchange.core.notification;
