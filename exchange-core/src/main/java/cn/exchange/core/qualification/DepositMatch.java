package cn.exchange.core.qualification;

/** What became of one bank credit. Anything not {@link #matched()} goes to the settlement clerk's unmatched queue. */
public enum DepositMatch {
    /** The deposit of the application the reference names: right payer, enough, in time. */
    MATCHED,
    /** No application has this reference (or it has a wrong check digit). */
    UNKNOWN_REFERENCE,
    /** Rule 16: the payer is not the bidder (a third party paid). */
    WRONG_PAYER,
    /** Less than the deposit. */
    SHORT,
    /** Arrived after the deposit deadline: the bidder is not qualified (rule 16). */
    LATE,
    /** The application's deposit was already paid: a second payment is refunded, never counted twice. */
    ALREADY_PAID,
    /** A price payment quoting a deal's reference (8867…) from the buyer: booked to the deal (rules 27, 28). */
    DEAL_PAYMENT;

    /** Whether the credit found its owner (else it waits in the clerk's unmatched queue). */
    public boolean matched() {
        return this == MATCHED || this == DEAL_PAYMENT;
    }
}
