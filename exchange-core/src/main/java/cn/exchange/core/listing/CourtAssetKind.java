package cn.exchange.core.listing;

/**
 * What a court-entrusted lot is, as the SPC 2016 rules on online judicial auctions sort it (docs/rules.md §3, rule 34):
 * the kind fixes the notice before the auction (Art. 12: 15 days for movables, 30 for real estate and other property
 * rights) and before a re-auction (Art. 26: 7 / 15 days). Entered by the agency for every lot of a court-entrusted
 * project ({@link LotRules}); null on other lots.
 */
public enum CourtAssetKind {
    /** 动产: vehicles, equipment, goods. */
    MOVABLE,
    /** 不动产: buildings, land use rights with their buildings. */
    REAL_ESTATE,
    /** 其他财产权: equity, claims, intellectual property and other rights. */
    PROPERTY_RIGHT;

    /** Art. 12 and 26 put real estate and other property rights together; movables have the shorter notices. */
    public boolean movable() {
        return this == MOVABLE;
    }
}
