/**
 * After the buyer is determined (docs/rules.md §1.4, §1.6, §1.8, §7; rules 26–33, 36): the {@link
 * cn.exchange.core.settlement.Deal} with its contract, payment plan and money; the double-entry {@link
 * cn.exchange.core.settlement.Ledger}; refunds and payouts ({@link cn.exchange.core.settlement.Disbursement}); service
 * fees as data ({@link cn.exchange.core.settlement.FeeTable}); contract templates; the {@link
 * cn.exchange.core.settlement.Certificate}. Every deadline is in {@link cn.exchange.core.settlement.SettlementRules}.
 */
package cn.exchange.core.settlement;
