package cn.exchange.core.listing;

import java.math.BigDecimal;

/**
 * A Dutch lot's bidding terms (荷式, descending, docs/rules.md §2.1), registered by the agency with the lot and fixed with
 * the listing (rule 17): the session opens at {@code startPrice} and the price falls by {@code step} every
 * {@code intervalSeconds} down to {@code floor}; the first bidder to accept the current price wins at it. Checked by
 * {@link LotRules}: start above the floor, a positive step, an interval of [5 s, 24 h], at most
 * {@link LotRules#MAX_DUTCH_STEPS} steps, and a floor not below the listing price — the price rules 6 and 7 govern and
 * at which a single qualified bidder would buy (rule 18), so a descent never sells below what the rules allow.
 */
public record DutchTerms(BigDecimal startPrice, BigDecimal step, Integer intervalSeconds, BigDecimal floor) {
}
