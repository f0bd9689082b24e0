package cn.exchange.core.listing;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;

/**
 * The configurable values of the listing rules (the "[brackets]" of docs/rules.md's rule list), with the defaults the
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
 * @param transferorReplyWd        rule 14: the transferor answers the exchange's qualification opinion within [5] working
 *                                 days (CBEX practice; 10 under the 2025 rules); silence is agreement
 */
public record ListingSettings(int smallAssetTransferWd, LocalTime endOfDay, int amendmentExtensionWd, int extensionMinWd,
                              int relistWd, int priceOnlyRelistWd, boolean priceOnlyRuleEnabled, Period suspensionMax,
                              BigDecimal depositMaxShare, int transferorReplyWd) {

    public static final ListingSettings DEFAULTS = new ListingSettings(5, LocalTime.of(17, 0), 5, 5, 20, 5, true,
            Period.ofMonths(1), new BigDecimal("0.30"), 5);

    /** A value the rules cannot work with stops the start, naming the setting. */
    public ListingSettings {
        positive("small-asset-wd", smallAssetTransferWd);
        positive("amendment-extension-wd", amendmentExtensionWd);
        positive("extension-min-wd", extensionMinWd);
        positive("relist-wd", relistWd);
        positive("price-only-relist-wd", priceOnlyRelistWd);
        positive("reply-wd", transferorReplyWd);
        if (endOfDay == null) {
            throw new IllegalArgumentException("exchange.listing.end-of-day is required");
        }
        if (suspensionMax == null || suspensionMax.isNegative() || suspensionMax.isZero()) {
            throw new IllegalArgumentException("exchange.listing.suspension-max must be a positive ISO period such as P1M, was " + suspensionMax);
        }
        if (depositMaxShare == null || depositMaxShare.signum() <= 0 || depositMaxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("exchange.listing.deposit-max-share must lie in (0, 1], was " + depositMaxShare);
        }
    }

    private static void positive(String key, int v) {
        if (v < 1 || v > 250) {
            throw new IllegalArgumentException("exchange.*." + key + " must be 1–250 working days, was " + v);
        }
    }
}
