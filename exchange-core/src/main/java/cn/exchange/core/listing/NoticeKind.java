package cn.exchange.core.listing;

/** The public notices a listing produces (every transition of {@link Lot} is published). */
public enum NoticeKind {
    /** Rules 3, 4: a change of control's or a capital increase's pre-disclosure, before the formal announcement. */
    PRE_DISCLOSURE("信息预披露公告", "Pre-disclosure notice"),
    ANNOUNCEMENT("挂牌公告", "Listing announcement"),
    AMENDMENT("变更公告", "Amendment"),
    EXTENSION("延期公告", "Extension"),
    RELISTING("重新挂牌公告", "Relisting announcement"),
    /** Rule 34: a court lot's re-auction after a failure (再次拍卖公告). */
    REAUCTION("再次拍卖公告", "Re-auction announcement"),
    /** Rule 34: a court lot's sale (变卖) after its re-auction failed. */
    SELL_OFF("变卖公告", "Sale (变卖) announcement"),
    SUSPENSION("中止公告", "Suspension"),
    RESUMPTION("恢复公告", "Resumption"),
    TERMINATION("终结公告", "Termination"),
    DISCLOSURE_ENDED("公告期满", "Announcement period ended"),
    ENDED_WITHOUT_BUYER("挂牌期满自动终结", "Ended without buyer"),
    LOCKED("超期锁定", "Locked after 12 months"),
    QUALIFICATION_CONCLUDED("资格确认结果", "Qualification concluded"),
    AUCTION_SCHEDULED("竞价安排公告", "Auction scheduled"),
    /** Rule 25: a session annulled for a technical fault, to be re-run for the same qualified bidders. */
    SESSION_ANNULLED("竞价场次作废公告", "Session declared void"),
    NEGOTIATED_DEAL("协议成交", "Negotiated transfer"),
    AUCTION_RESULT("竞价结果", "Auction result"),
    DEAL_RESULT("成交公告", "Result notice");

    private final String zh;
    private final String en;

    NoticeKind(String zh) {
        this(zh, null);
    }

    NoticeKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    /** The kind's name in English (the language switch). */
    public String en() {
        return en == null ? zh : en;
    }
}
