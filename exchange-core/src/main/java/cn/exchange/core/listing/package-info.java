/**
 * Projects, lots and the listing aggregate: the announcement periods in working days, the entry rules, the
 * transitions of a listing and the public notices they cause (docs/rules.md §1.1–1.2, rules 2–13).
 * <p>
 * {@link cn.exchange.core.listing.Lot} is the aggregate root and owns every transition. Its parts are embedded in the
 * same row: {@link cn.exchange.core.listing.Particulars} (what the announcement says in words),
 * {@link cn.exchange.core.listing.Valuation} (rules 6, 7, 12), {@link cn.exchange.core.listing.SaleTerms} (price,
 * deposit, method), {@link cn.exchange.core.listing.ListingRound} (the round's number, its
 * {@link cn.exchange.core.listing.DisclosurePeriod}, its price's approval), {@link cn.exchange.core.listing.Suspension}
 * and {@link cn.exchange.core.listing.SaleOutcome}. The steps of a rule live in that rule's class, which the lot's verbs
 * call: {@link cn.exchange.core.listing.Announcement} (rules 2–5, 9, 10), {@link cn.exchange.core.listing.Relisting}
 * (rules 7, 8, and relisting after a forfeited deal), {@link cn.exchange.core.listing.Interruption} (rule 11),
 * {@link cn.exchange.core.listing.TwelveMonths} (rule 12), {@link cn.exchange.core.listing.PathToSale} (rules 17–20, 22,
 * 25) and {@link cn.exchange.core.listing.CourtSale} (rule 34). The states and transitions are drawn on
 * {@link cn.exchange.core.listing.ListingStatus}.
 */
package cn.exchange.core.listing;
