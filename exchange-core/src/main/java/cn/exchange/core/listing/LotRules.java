package cn.exchange.core.listing;

import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a lot's terms must meet at the point of entry (docs/rules.md §1.2, §1.4, rules 6, 7, 12, 13, 15; a
 * court-entrusted lot's start price and asset kind by rule 34, {@link CourtRules}). Every
 * problem is reported at once, by field, so the form or the batch report can show them all.
 */
public final class LotRules {

    /** Rule 7: below this share of the valuation a price needs the approving body's written consent. */
    public static final BigDecimal APPROVAL_THRESHOLD = new BigDecimal("0.90");
    /** Rule 15, court-style lots: deposit between 5 % and 20 % of the start price. */
    public static final BigDecimal COURT_DEPOSIT_MIN = new BigDecimal("0.05");
    public static final BigDecimal COURT_DEPOSIT_MAX = new BigDecimal("0.20");

    /** A Dutch lot's price falls at most this many times (ProZorro's Dutch phase has ≤ 99, docs/rules.md §8). */
    public static final int MAX_DUTCH_STEPS = 1000;
    /** A Dutch lot's interval between two steps: from [5 s] to a day, like the limited period. */
    public static final int MIN_DUTCH_INTERVAL = 5;
    public static final int MAX_DUTCH_INTERVAL = 86_400;

    private LotRules() {
    }

    /**
     * Checks a lot for its first listing on {@code listingDay}. Rule 7's 90 % gate does not arise here: rule 6 already
     * asks for the full valuation (it is checked at relisting, against the relisting's own approval document).
     */
    public static List<FieldProblem> check(Category category, LotTerms t, LocalDate listingDay, ListingSettings settings) {
        List<FieldProblem> p = new ArrayList<>();
        required(p, "title", t.title(), 200);
        optional(p, "description", t.description(), 4000);
        optional(p, "location", t.location(), 200);
        required(p, "region", t.region(), 60);
        required(p, "appraiser", t.appraiser(), 200);
        if (t.valuationBaseDate() == null) {
            p.add(FieldProblem.of("valuationBaseDate", "lot.valuationDateRequired"));
        }
        BigDecimal valuation = amount(p, "appraisedValue", t.appraisedValue(), true);
        BigDecimal price = amount(p, "listingPrice", t.listingPrice(), true);
        BigDecimal deposit = amount(p, "deposit", t.deposit(), true);
        boolean dutch = t.biddingMethod() == BiddingMethod.DUTCH;
        // a Dutch lot falls by its own step (its terms below); the increment is for rising bids
        BigDecimal increment = amount(p, "increment", t.increment(), t.biddingMethod() != BiddingMethod.NEGOTIATED_ONLY && !dutch);
        BigDecimal reserve = amount(p, "reservePrice", t.reservePrice(), false);
        if (t.biddingMethod() == null) {
            p.add(FieldProblem.of("biddingMethod", "lot.methodRequired"));
        } else if (t.biddingMethod() == BiddingMethod.NEGOTIATED_ONLY && !category.mayBeNegotiatedOnly()) {
            // rule 17: with two or more qualified bidders state-owned property is sold by public competition (Order 32,
            // MOF Order 54, the administrative-asset rules, judicial auctions); only a non-state owner may choose
            p.add(FieldProblem.of("biddingMethod", "lot.negotiatedOnlyNotAllowed"));
        }
        // rule 12: a valuation is usable for one year from its base date
        if (t.valuationBaseDate() != null && listingDay != null && valuationStale(t.valuationBaseDate(), listingDay)) {
            p.add(FieldProblem.of("valuationBaseDate", "lot.valuationStale", t.valuationBaseDate().toString()));
        }
        if (t.valuationBaseDate() != null && listingDay != null && t.valuationBaseDate().isAfter(listingDay)) {
            p.add(FieldProblem.of("valuationBaseDate", "lot.valuationInFuture"));
        }
        if (category.courtStyle()) {
            // rule 34: a court lot says what it is — the kind fixes its notice periods (SPC 2016 Art. 12, 26)
            if (t.courtAssetKind() == null) {
                p.add(FieldProblem.of("courtAssetKind", "lot.courtAssetKindRequired"));
            }
            // rule 34, SPC 2016 Art. 10: the start price is at least 70 % of the valuation (not rule 6's 100 %)
            if (price != null && valuation != null && CourtRules.startTooLow(price, valuation)) {
                p.add(FieldProblem.of("listingPrice", "lot.courtStartBelow70", CourtRules.startFloor(valuation).toPlainString()));
            }
        } else if (price != null && valuation != null) {
            // rule 6: first listing price ≥ valuation; with negative net assets ≥ CNY 1.00
            BigDecimal floor = t.negativeNetAssets() ? Amounts.ONE_YUAN : valuation;
            if (price.compareTo(floor) < 0) {
                p.add(FieldProblem.of("listingPrice", t.negativeNetAssets() ? "lot.priceBelowOneYuan" : "lot.priceBelowValuation",
                        floor.toPlainString()));
            }
        }
        if (price != null && deposit != null) {
            if (category.courtStyle()) {
                // rule 15, court-style: 5–20 % of the start price
                if (deposit.compareTo(Amounts.share(price, COURT_DEPOSIT_MIN)) < 0
                        || deposit.compareTo(Amounts.share(price, COURT_DEPOSIT_MAX)) > 0) {
                    p.add(FieldProblem.of("deposit", "lot.depositCourtRange"));
                }
            } else if (deposit.compareTo(Amounts.share(price, settings.depositMaxShare())) > 0) {
                // rule 15: at most 30 % of the base price
                p.add(FieldProblem.of("deposit", "lot.depositTooHigh", Amounts.share(price, settings.depositMaxShare()).toPlainString()));
            }
        }
        if (increment != null && increment.signum() == 0 && t.biddingMethod() != BiddingMethod.NEGOTIATED_ONLY && !dutch) {
            p.add(FieldProblem.of("increment", "lot.incrementPositive"));
        }
        if (reserve != null && price != null && reserve.compareTo(price) < 0) {
            p.add(FieldProblem.of("reservePrice", "lot.reserveBelowPrice"));
        }
        if (dutch) {
            if (reserve != null) {
                // the floor is the lowest price a Dutch lot sells at; a second, hidden one would only confuse
                p.add(FieldProblem.of("reservePrice", "lot.dutchNoReserve"));
            }
            dutch(p, t.dutch(), price);
        }
        // rule 13: buyer conditions never for asset transfers; otherwise only with their filing reference
        if (t.buyerConditions() != null && !t.buyerConditions().isBlank()) {
            if (category.transactionType() == TransactionType.ASSET_TRANSFER) {
                p.add(FieldProblem.of("buyerConditions", "lot.conditionsNotForAssets"));
            } else if (t.conditionsFilingRef() == null || t.conditionsFilingRef().isBlank()) {
                p.add(FieldProblem.of("conditionsFilingRef", "lot.conditionsNeedFiling"));
            }
        }
        if (t.annualPrice() && (t.termYears() == null || t.termYears() < 1 || t.termYears() > 50)) {
            p.add(FieldProblem.of("termYears", "lot.termYears"));
        }
        return p;
    }

    /**
     * A Dutch lot's terms (docs/rules.md §2.1, {@link DutchTerms}): start above the floor, a positive step, an interval
     * within bounds, a bounded number of steps, and a floor not below the listing price (rules 6, 7 and 18 fix that
     * price as the lowest the lot may sell at). Fields are named {@code dutch.startPrice}, {@code dutch.step}, …
     */
    private static void dutch(List<FieldProblem> p, DutchTerms d, BigDecimal listingPrice) {
        if (d == null) {
            p.add(FieldProblem.of("dutch", "lot.dutchTermsRequired"));
            return;
        }
        BigDecimal start = amount(p, "dutch.startPrice", d.startPrice(), true);
        BigDecimal step = amount(p, "dutch.step", d.step(), true);
        BigDecimal floor = amount(p, "dutch.floor", d.floor(), true);
        if (d.intervalSeconds() == null) {
            p.add(FieldProblem.of("dutch.intervalSeconds", "common.required"));
        } else if (d.intervalSeconds() < MIN_DUTCH_INTERVAL || d.intervalSeconds() > MAX_DUTCH_INTERVAL) {
            p.add(FieldProblem.of("dutch.intervalSeconds", "lot.dutchInterval", MIN_DUTCH_INTERVAL, MAX_DUTCH_INTERVAL));
        }
        if (step != null && step.signum() == 0) {
            p.add(FieldProblem.of("dutch.step", "lot.dutchStepPositive"));
        }
        if (floor != null && listingPrice != null && floor.compareTo(listingPrice) < 0) {
            p.add(FieldProblem.of("dutch.floor", "lot.dutchFloorBelowPrice", listingPrice.toPlainString()));
        }
        if (start != null && floor != null) {
            if (start.compareTo(floor) <= 0) {
                p.add(FieldProblem.of("dutch.startPrice", "lot.dutchStartNotAboveFloor"));
            } else if (step != null && step.signum() > 0 && start.subtract(floor)
                    .divide(step, 0, java.math.RoundingMode.CEILING).compareTo(BigDecimal.valueOf(MAX_DUTCH_STEPS)) > 0) {
                p.add(FieldProblem.of("dutch.step", "lot.dutchTooManySteps", MAX_DUTCH_STEPS));
            }
        }
    }

    /** Rule 12: a valuation is usable for one year from its base date; after that it cannot back a listing. */
    public static boolean valuationStale(LocalDate baseDate, LocalDate day) {
        return baseDate.plusYears(1).isBefore(day);
    }

    /** Rule 12, as a refusal: a valuation dated after {@code day} or more than a year before it cannot back a listing. */
    public static void requireFreshValuation(LocalDate baseDate, LocalDate day) {
        if (baseDate == null || valuationStale(baseDate, day) || baseDate.isAfter(day)) {
            throw new DomainException("valuationBaseDate", "lot.valuationStale", String.valueOf(baseDate));
        }
    }

    /**
     * Rules 6, 7 at relisting: at least CNY 1.00, and below 90 % of the valuation only with the approving body's
     * document (not needed with negative net assets, whose floor is CNY 1.00).
     */
    public static BigDecimal relistingPrice(BigDecimal newPrice, BigDecimal valuation, boolean negativeNetAssets,
                                            boolean hasPriceApproval) {
        BigDecimal price = Amounts.cny("listingPrice", newPrice, true);
        if (price.compareTo(Amounts.ONE_YUAN) < 0) {
            throw new DomainException("listingPrice", "lot.priceBelowOneYuan", Amounts.ONE_YUAN.toPlainString());
        }
        if (!negativeNetAssets && !hasPriceApproval && belowApprovalThreshold(price, valuation)) {
            throw new DomainException("listingPrice", "lot.priceNeedsApproval");
        }
        return price;
    }

    /** Rule 7: whether a price lies below 90 % of the valuation. */
    public static boolean belowApprovalThreshold(BigDecimal price, BigDecimal valuation) {
        return price.compareTo(valuation.multiply(APPROVAL_THRESHOLD)) < 0;
    }

    private static BigDecimal amount(List<FieldProblem> p, String field, BigDecimal v, boolean required) {
        try {
            return Amounts.cny(field, v, required);
        } catch (DomainException e) {
            p.addAll(e.problems());
            return null;
        }
    }

    private static void required(List<FieldProblem> p, String field, String v, int max) {
        if (v == null || v.isBlank()) {
            p.add(FieldProblem.of(field, "common.required"));
        } else if (v.length() > max) {
            p.add(FieldProblem.of(field, "common.tooLong", max));
        }
    }

    private static void optional(List<FieldProblem> p, String field, String v, int max) {
        if (v != null && v.length() > max) {
            p.add(FieldProblem.of(field, "common.tooLong", max));
        }
    }
}
