package cn.exchange.core.party;

/** Where a party stands with the exchange's identity check. */
public enum PartyStatus {
    /** Registered, not yet checked by staff: may sign in, may not apply for a listing. */
    PENDING_REVIEW,
    /** Identity checked by staff. */
    APPROVED,
    /** Refused by staff, with a reason. */
    REJECTED
}
