package cn.exchange.ejb.auction;

/**
 * Told every committed change of the lots it watches on this server (the hall's WebSocket push). A writer reads the
 * state for the listeners only when one of them watches the lot: nobody watching, no extra query on the bid path.
 */
public interface AuctionListener {

    boolean watches(long lotId);

    void changed(AuctionState state);

    /** A bid-log transaction of {@code size} commands was written (operators' metrics). */
    default void batch(int size) {
    }
}
