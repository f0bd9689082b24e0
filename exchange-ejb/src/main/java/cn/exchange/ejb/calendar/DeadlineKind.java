package cn.exchange.ejb.calendar;

/**
 * The deadlines, counted in working days, that a workflow step records even when they fall in a year whose calendar
 * has not been entered yet (rule 1: never stall). Announcement ends are not among them: an announcement whose end
 * cannot be counted is refused instead.
 */
public enum DeadlineKind {
    /** Rule 26: the contract signed within [5] working days of the buyer being determined. */
    DEAL_SIGNING("Deal"),
    /** Rule 30: the result notice published for at least 5 working days. */
    RESULT_NOTICE("Notice"),
    /** Rules 27, 28: the (first) payment within 5 working days of the contract taking effect. */
    FIRST_PAYMENT("Deal"),
    /** Losing deposits (and a buyer's excess) refunded within [3] working days. */
    REFUND("Disbursement"),
    /** Rule 14: the transferor's reply to the exchange's opinion within [5] working days. */
    TRANSFEROR_REPLY("Application");

    private final String objectType;

    DeadlineKind(String objectType) {
        this.objectType = objectType;
    }

    /** The audit trail's object type of the record that carries the deadline. */
    public String objectType() {
        return objectType;
    }
}
