/**
 * Time on the exchange: Beijing time as the only clock that counts, and the working-day calendar with China's
 * statutory days off and make-up working days (rule 1).
 */
package cn.exchange.core.calendar;
