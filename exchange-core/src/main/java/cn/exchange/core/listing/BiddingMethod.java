package cn.exchange.core.listing;

/** How the lot is sold when two or more bidders qualify (rule 17: fixed once listed). */
public enum BiddingMethod {
    /** 网络竞价-多次报价. */
    ONLINE_ASCENDING,
    /** 一次报价 (sealed). */
    SEALED_ONE_TIME,
    /** 荷式 (descending). */
    DUTCH,
    /** 仅协议 (negotiated only). */
    NEGOTIATED_ONLY
}
