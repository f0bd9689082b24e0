/**
 * The working-day calendar as data (rule 1): the years the administrator enters from the State Council's notices, kept
 * as append-only versions in PostgreSQL and read by every instance for its next computation ({@link
 * cn.exchange.ejb.calendar.CalendarStore}); the deadlines that wait for a year not entered yet and are computed when it
 * is ({@link cn.exchange.ejb.calendar.PendingDeadlines}); and the review list a correction leaves for staff. The features
 * whose deadlines depend on the calendar (listing, qualification, settlement) plug in through {@link
 * cn.exchange.ejb.calendar.CalendarDependent}; this package knows none of them.
 */
package cn.exchange.ejb.calendar;
