package cn.exchange.core.listing;

/** The public notices a listing produces (every transition of {@link Lot} is published). */
public enum NoticeKind {
    ANNOUNCEMENT("挂牌公告"),
    AMENDMENT("变更公告"),
    EXTENSION("延期公告"),
    RELISTING("重新挂牌公告"),
    SUSPENSION("中止公告"),
    RESUMPTION("恢复公告"),
    TERMINATION("终结公告"),
    DISCLOSURE_ENDED("公告期满"),
    ENDED_WITHOUT_BUYER("挂牌期满自动终结"),
    LOCKED("超期锁定"),
    QUALIFICATION_CONCLUDED("资格确认结果"),
    AUCTION_SCHEDULED("竞价安排公告"),
    NEGOTIATED_DEAL("协议成交"),
    AUCTION_RESULT("竞价结果"),
    DEAL_RESULT("成交公告");

    private final String zh;

    NoticeKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
