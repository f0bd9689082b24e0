/**
 * The audit trail in PostgreSQL: appending in the command's transaction under the chain head's lock, verification and
 * the JSON Lines export.
 */
package cn.exchange.ejb.audit;
