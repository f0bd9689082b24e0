package cn.exchange.core.party;

/** The kinds of party the exchange deals with. */
public enum PartyKind {
    /** 转让方/委托方: an organisation selling through the exchange (identified by its credit code). */
    AGENCY,
    /** 企业竞买人: an enterprise bidder (credit code). */
    ENTERPRISE_BIDDER,
    /** 自然人竞买人: a natural person bidding (resident ID). */
    PERSON_BIDDER;

    public boolean isBidder() {
        return this != AGENCY;
    }
}
