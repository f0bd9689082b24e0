package cn.exchange.core.listing;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;

/**
 * The configurable values of the listing rules (the "[brackets]" of domain.md's rule list), with the defaults the
 * rules give. The exchange's staff may change them in {@code exchange_setting}; the rules read them from here only.
 *
 * @param smallAssetTransferWd     rule 5: disclosure of an asset transfer of at most CNY 1 m [5 WD]
 * @param endOfDay                 the time of day an announcement ends, Beijing time [17:00]
 * @param amendmentExtensionWd     rule 10: an amendment extends the end date by [5 WD]
 * @param extensionMinWd           rule 9: each extension at least [5 WD]
 * @param relistWd                 rule 8: re-disclosure after a price or condition change [20 WD]
 * @param priceOnlyRelistWd        rule 8, 2025 rules: re-disclosure when only the price changed [5 WD]
 * @param priceOnlyRuleEnabled     whether the 2025 price-only rule is used [yes]
 * @param suspensionMax            rule 11: a suspension lasts at most [1 month]
 * @param depositMaxShare          rule 15: deposit at most [30 %] of the base price
 */
public record ListingSettings(int smallAssetTransferWd, LocalTime endOfDay, int amendmentExtensionWd, int extensionMinWd,
                              int relistWd, int priceOnlyRelistWd, boolean priceOnlyRuleEnabled, Period suspensionMax,
                              BigDecimal depositMaxShare) {

    public static final ListingSettings DEFAULTS = new ListingSettings(5, LocalTime.of(17, 0), 5, 5, 20, 5, true,
            Period.ofMonths(1), new BigDecimal("0.30"));
}
