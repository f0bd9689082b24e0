/**
 * Settlement use cases after the buyer is determined (docs/rules.md §1.4, §1.6, §9; rules 26–33), applying the rules of
 * exchange-core's {@code settlement}: the deal opened with its result notice, the contract prepared, signed and
 * rendered, the settlement account's money as ledger postings (deposits, prices, refunds, payouts, the bank batch
 * file), deposits forfeited or released, the relisting after a default with its shortfall, the certificate issued and
 * reissued, and the settlement deadlines on the working-day calendar.
 */
package cn.exchange.ejb.settlement;
