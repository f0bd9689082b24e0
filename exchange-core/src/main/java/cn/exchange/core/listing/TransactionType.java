package cn.exchange.core.listing;

/**
 * The transaction types whose disclosure rules differ (Order 32; docs/rules.md §1.1, §4). Decides the minimum announcement
 * period in {@link DisclosureRules}.
 */
public enum TransactionType {
    /** 产权转让: enterprise state equity. */
    EQUITY_TRANSFER,
    /** 企业增资: capital increase. */
    CAPITAL_INCREASE,
    /** 资产转让: enterprise, administrative, bankruptcy, court-entrusted and other assets. */
    ASSET_TRANSFER,
    /** 金融企业国有资产: financial enterprises' assets (MOF Order 54). */
    FINANCIAL_ASSET
}
