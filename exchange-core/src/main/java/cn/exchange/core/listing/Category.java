package cn.exchange.core.listing;

/** What is sold (the categories of the board's filter), and under which transaction type's rules. */
public enum Category {
    /** 行政事业单位资产：车辆、房产、设备. */
    ADMINISTRATIVE_ASSET(TransactionType.ASSET_TRANSFER, "行政事业性资产"),
    /** 企业国有产权转让. */
    EQUITY_TRANSFER(TransactionType.EQUITY_TRANSFER, "企业产权转让"),
    /** 企业增资. */
    CAPITAL_INCREASE(TransactionType.CAPITAL_INCREASE, "企业增资"),
    /** 企业资产转让. */
    ENTERPRISE_ASSET(TransactionType.ASSET_TRANSFER, "企业资产转让"),
    /** 破产资产. */
    BANKRUPTCY_ASSET(TransactionType.ASSET_TRANSFER, "破产资产"),
    /** 涉讼资产 (court-entrusted). */
    COURT_ENTRUSTED(TransactionType.ASSET_TRANSFER, "涉诉资产"),
    /** 国有土地使用权. */
    LAND_USE_RIGHT(TransactionType.ASSET_TRANSFER, "土地使用权"),
    /** 经营权（按年计价，含期限），如广告经营权. */
    OPERATING_RIGHT(TransactionType.ASSET_TRANSFER, "经营权"),
    /** 机动车号牌. */
    LICENCE_PLATE(TransactionType.ASSET_TRANSFER, "车辆号牌"),
    /** 金融企业国有资产. */
    FINANCIAL_ASSET(TransactionType.FINANCIAL_ASSET, "金融资产"),
    /** 非国有资产自愿进场. */
    NON_STATE_ASSET(TransactionType.ASSET_TRANSFER, "非国有资产");

    private final TransactionType transactionType;
    private final String zh;

    Category(TransactionType transactionType, String zh) {
        this.transactionType = transactionType;
        this.zh = zh;
    }

    public TransactionType transactionType() {
        return transactionType;
    }

    public String zh() {
        return zh;
    }

    /**
     * Rule 17: whether a lot may be listed for negotiation only. State-owned property with two or more qualified buyers
     * is sold by public competition (Order 32, MOF Order 54, the administrative-asset rules, judicial auctions); only a
     * non-state owner who lists voluntarily may choose negotiation.
     */
    public boolean mayBeNegotiatedOnly() {
        return this == NON_STATE_ASSET;
    }

    /** Court-style lots follow the judicial-auction deposit rule (5–20 % of the start price, rule 15). */
    public boolean courtStyle() {
        return this == COURT_ENTRUSTED;
    }
}
