/**
 * Qualification use cases: applications, bank statement import and manual credits, review, the transferor's reply,
 * the conclusion and the lot's path.
 */
package cn.exchange.ejb.qualification;
