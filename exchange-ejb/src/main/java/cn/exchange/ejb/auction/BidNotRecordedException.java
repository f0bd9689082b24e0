package cn.exchange.ejb.auction;

/**
 * A bid (or staff command) whose batch could not be committed — the database was unreachable, or the server is
 * stopping. Nothing of it was recorded; the client may safely send it again with the same request id.
 */
public class BidNotRecordedException extends RuntimeException {

    public BidNotRecordedException(Throwable cause) {
        super("auction.tryAgain", cause);
    }
}
