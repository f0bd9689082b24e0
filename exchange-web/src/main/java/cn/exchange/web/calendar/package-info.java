/**
 * The working-day calendar's web side (rule 1): its REST resource, the administrator's calendar page and the staff's
 * page of deadlines awaiting a year or touched by a correction.
 */
package cn.exchange.web.calendar;
