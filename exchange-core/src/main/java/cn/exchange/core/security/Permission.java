package cn.exchange.core.security;

/**
 * What may be done on the exchange. {@link Kind#CHANGE} permissions change the record; {@link Kind#READ} ones only read
 * it; {@link Kind#SELF} concern the caller's own account (every signed-in person may change their own password).
 * Which role holds which permission is written once, in {@link RolePermissions}.
 */
public enum Permission {
    // accounts and parties
    OWN_ACCOUNT(Kind.SELF),
    ACCOUNT_ADMIN(Kind.CHANGE),
    PARTY_REVIEW(Kind.CHANGE),
    PARTY_READ(Kind.READ),
    AUDIT_VERIFY(Kind.READ),

    // listings
    PROJECT_EDIT(Kind.CHANGE),
    PROJECT_READ_OWN(Kind.READ),
    PROJECT_READ_ALL(Kind.READ),
    PROJECT_REVIEW(Kind.CHANGE),
    ANNOUNCEMENT_PUBLISH(Kind.CHANGE),
    LISTING_CHANGE(Kind.CHANGE),
    /** A bidder follows lots (关注): its own list, and the public count of followers. */
    WATCHLIST(Kind.SELF),

    // qualification
    APPLICATION_SUBMIT(Kind.CHANGE),
    APPLICATION_READ_OWN(Kind.READ),
    APPLICATION_REVIEW(Kind.CHANGE),
    APPLICATION_READ_ALL(Kind.READ),
    QUALIFICATION_CONFIRM(Kind.CHANGE),
    QUALIFICATION_CONCLUDE(Kind.CHANGE),
    DEPOSIT_BOOK(Kind.CHANGE),

    // auction
    AUCTION_SCHEDULE(Kind.CHANGE),
    AUCTION_CONTROL(Kind.CHANGE),
    AUCTION_CONSOLE_READ(Kind.READ),
    BID(Kind.CHANGE),
    /** 模拟竞价: a bidder's own practice session on a made-up lot, never a real one. */
    PRACTICE(Kind.SELF),
    NEGOTIATED_DEAL_RECORD(Kind.CHANGE),

    // contract, settlement, certificate
    CONTRACT_PREPARE(Kind.CHANGE),
    CONTRACT_SIGN(Kind.CHANGE),
    CONTRACT_READ_OWN(Kind.READ),
    SETTLEMENT_BOOK(Kind.CHANGE),
    LEDGER_READ(Kind.READ),
    FORFEITURE_DECIDE(Kind.CHANGE),
    CERTIFICATE_ISSUE(Kind.CHANGE),
    RESULT_PUBLISH(Kind.CHANGE),

    // supervision
    TRAIL_READ(Kind.READ),
    BIDDER_IDENTITY_READ(Kind.READ),
    REPLAY_RUN(Kind.READ),
    REPORT_READ(Kind.READ),
    REDFLAG_READ(Kind.READ),
    STAFF_DASHBOARD(Kind.READ),

    // the working-day calendar (rule 1): the administrator enters a year; staff review deadlines a correction touched
    CALENDAR_ADMIN(Kind.CHANGE),
    CALENDAR_REVIEW(Kind.CHANGE);

    /** Whether a permission changes the record. */
    public enum Kind {
        READ, CHANGE, SELF
    }

    private final Kind kind;

    Permission(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean changesRecord() {
        return kind == Kind.CHANGE;
    }
}
