/**
 * The one-command run: an embedded, durable PostgreSQL and Payara Micro as a supervised child process (or several, as
 * a local cluster).
 */
package cn.exchange.launcher;
