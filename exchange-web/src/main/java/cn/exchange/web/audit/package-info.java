/**
 * Pages and endpoints of the audit trail: verification and export.
 */
package cn.exchange.web.audit;
