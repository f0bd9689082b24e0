/**
 * Bidder qualification: applications, deposits matched from the bank statement, the exchange's opinion, the
 * transferor's reply in working days, bidder codes and the lot's path (docs/rules.md §1.3–1.5, rules 14–19).
 */
package cn.exchange.core.qualification;
