package cn.exchange.ejb.auction;

import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.inject.Inject;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second: lots whose time has come (the start, the end of the free period, the end of a limited period, a Dutch
 * step) get a tick through their writer, and closed sessions get their result carried onto the lot. Every server of a
 * cluster runs this; a lot is still closed once, because its close is decided under its row's lock by its engine, and
 * the result is recorded under the lot's lock. After a crash, the first sweep of the restarted server closes the lots
 * whose time ran out while it was down — at the time their countdown said, which is what the engine records.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // its timers query tables that the migration creates on a new installation
// no transaction around the loop: each lot is its own transaction (one slow or failed lot must not hold the audit
// chain's head, or roll back the others)
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuctionSweeper {

    private static final Logger LOG = Logger.getLogger(AuctionSweeper.class.getName());

    @Inject
    AuctionDesk desk;

    @EJB
    AuctionResults auctions;

    /** Settlement observes it and opens the winner's deal (the auction does not depend on settlement). */
    @Inject
    jakarta.enterprise.event.Event<LotSold> sold;

    private final ScheduledJob ticking = new ScheduledJob("the auction sweep", LOG);
    private final ScheduledJob recording = new ScheduledJob("recording auction results", LOG);

    /** The winner's deal at once (the settlement scheduler catches up if this fails). */
    private void openDeal(long lotId) {
        try {
            sold.fire(new LotSold(lotId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deal for lot " + lotId + " not opened yet; the settlement scheduler retries: " + e);
        }
    }

    /**
     * The time-critical part, on its own timer: nothing slow (a result notice, a deal and its contract) may hold up the
     * start or the close of another lot (the soak test found ticks 30 s late while deals were being opened).
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void sweep() {
        ticking.run(() -> {
            for (long lotId : desk.due()) {
                desk.tick(lotId);
            }
        });
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void recordResults() {
        recording.run(() -> {
            for (long lotId : auctions.unrecorded()) {
                if (auctions.recordResult(lotId)) {
                    LOG.info(() -> "auction result recorded for lot " + lotId);
                    openDeal(lotId);
                }
                desk.retire(lotId);
            }
        });
    }
}
