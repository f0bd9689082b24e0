/**
 * Projects, lots and the listing aggregate: the announcement periods in working days, the entry rules, the
 * transitions of a listing and the public notices they cause (docs/rules.md §1.1–1.2, rules 2–13).
 */
package cn.exchange.core.listing;
