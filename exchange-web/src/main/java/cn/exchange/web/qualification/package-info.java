/**
 * Pages and endpoints of qualification: applying, deposits and statements, review, the agency's confirmations.
 */
package cn.exchange.web.qualification;
