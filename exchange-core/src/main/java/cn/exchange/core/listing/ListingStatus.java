package cn.exchange.core.listing;

/**
 * Where a lot's listing stands. The transitions are the verbs of {@link Lot}:
 *
 * <pre>
 * DRAFT/SUBMITTED --publish--> PUBLISHED --expire--> DISCLOSURE_ENDED --extend--> PUBLISHED
 *                               |   ^  \--amend (end + N WD)                   \--relist--> PUBLISHED (new round)
 *                          suspend  resume                                      \--terminate--> TERMINATED
 *                               v   |                     (12 months without buyer) --lock--> LOCKED --revalue--> SUBMITTED
 *                             SUSPENDED --terminate--> TERMINATED
 * DISCLOSURE_ENDED --concludeQualification--> NEGOTIATION --recordNegotiatedDeal--> NEGOTIATED_DEAL
 *                                         \--> AUCTION_SCHEDULED --recordAuctionResult--> AUCTION_SOLD | AUCTION_FAILED --relist-->
 * court lots (rule 34): AUCTION_FAILED --reauction (once)--> PUBLISHED; AUCTION_FAILED after the re-auction --sellOff--> SELL_OFF
 * </pre>
 */
public enum ListingStatus {
    /** 草稿: the agency is still entering it. */
    DRAFT,
    /** 待审核: submitted to the exchange. */
    SUBMITTED,
    /** 公告中: formal disclosure running; content frozen. */
    PUBLISHED,
    /** 中止: suspended, with reason. */
    SUSPENDED,
    /** 公告期满: the period ended; qualification decides the path. */
    DISCLOSURE_ENDED,
    /** 待协议成交: one qualified bidder — a negotiated transfer at no less than the listing price (rule 18). */
    NEGOTIATION,
    /** 待竞价: two or more qualified bidders — the announced method, scheduled (rule 17). */
    AUCTION_SCHEDULED,
    /** 已成交（竞价）: the session closed with a winner at or above the reserve (rules 20, 22). */
    AUCTION_SOLD,
    /** 竞价未成交: the session closed without a valid bid, or below the reserve; the lot may be relisted. */
    AUCTION_FAILED,
    /** 变卖中: a court lot whose re-auction failed too, offered by 变卖 for [60] days (rule 34, SPC 2016 Art. 26). */
    SELL_OFF,
    /** 已成交（协议）: the negotiated transfer is recorded. */
    NEGOTIATED_DEAL,
    /** 终结: terminated, with reason, or ended at expiry without extension. */
    TERMINATED,
    /** 已锁定: 12 months without a qualified buyer; new audit and valuation needed (rule 12). */
    LOCKED;

    /** The statuses the public board shows: announced or past announcement; never a draft or a lot awaiting publication. */
    public static final java.util.Set<ListingStatus> PUBLIC = java.util.EnumSet.of(PUBLISHED, SUSPENDED, DISCLOSURE_ENDED,
            NEGOTIATION, AUCTION_SCHEDULED, AUCTION_SOLD, AUCTION_FAILED, SELL_OFF, NEGOTIATED_DEAL, TERMINATED);

    /**
     * Rule 12: the states of a lot between rounds, without a buyer — ended, terminated or after a failed auction. Each
     * of them awaits extension or relisting, which twelve months after the first disclosure are refused; so each is
     * locked then, to come back through a new audit and valuation ({@link Lot#revalue}). The lock job selects these.
     */
    public static final java.util.Set<ListingStatus> WITHOUT_BUYER = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(DISCLOSURE_ENDED, TERMINATED, AUCTION_FAILED));
}
