/**
 * What supervisors read of the record, as pure functions: one lot's facts ({@link
 * cn.exchange.core.supervision.LotFacts}, {@link cn.exchange.core.supervision.LotRecord}), the report's figures and
 * appreciation ({@link cn.exchange.core.supervision.Report}, {@link cn.exchange.core.supervision.Appreciation}) and the
 * red-flag rules with their evidence ({@link cn.exchange.core.supervision.RedFlags}, among them breaches of rules 2–5,
 * 7 and 12). README, "Supervision: trails, replay, reports, red flags and open data", says what each figure means.
 */
package cn.exchange.core.supervision;
