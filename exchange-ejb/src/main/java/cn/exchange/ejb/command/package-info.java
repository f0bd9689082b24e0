/**
 * The command executor every state change goes through: permission check, one transaction, audit records in that
 * transaction (after Dataverse's command engine).
 */
package cn.exchange.ejb.command;
