package cn.exchange.core.listing;

/**
 * Rule 24 (docs/rules.md §1.7; SUAEE's modes): how the priority right holders of a lot exercise the right, chosen by the
 * transferring agency with the holders and frozen with the announcement.
 */
public enum PriorityExercise {
    /** The holder bids and wins at an equal price (the courts' mode, SPC Art. 19, 21). */
    IN_AUCTION,
    /**
     * 事后行权: the holder does not bid; outsiders compete, their final price is the exercise price, and the holders may
     * match it within the lot's match period (ascending lots only).
     */
    AFTER_AUCTION
}
