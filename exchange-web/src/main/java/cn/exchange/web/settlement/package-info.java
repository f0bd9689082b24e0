/**
 * Pages and endpoints of settlement (docs/rules.md §1.6; rules 18, 26–33): the deals with their contracts, signatures,
 * payments and forfeiture cases; the recording of a negotiated transfer; the clerk's refunds, payouts, bank batch file
 * and ledger in words; and the public certificate verification.
 */
package cn.exchange.web.settlement;
