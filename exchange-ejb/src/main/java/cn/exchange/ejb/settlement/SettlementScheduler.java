package cn.exchange.ejb.settlement;

import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds: sold lots get their deal (result notice, deposit conversion, refunds, contract) — the auction
 * sweeper opens it at once, this catches up after a crash or a negotiated deal; every fifteen seconds: deadlines (rules 26, 27)
 * open forfeiture cases. Every server of a cluster runs this; each lot and deal is handled under its row lock, and
 * the deal's unique lot id makes a second opening impossible, so the work is done once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // its timers query tables that the migration creates on a new installation
// no transaction around the loop: each lot is its own transaction (one slow or failed lot must not hold the audit
// chain's head, or roll back the others)
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SettlementScheduler {

    private static final Logger LOG = Logger.getLogger(SettlementScheduler.class.getName());

    @EJB
    DealService deals;

    @EJB
    MoneyService money;

    private final ScheduledJob opening = new ScheduledJob("opening deals", LOG);
    private final ScheduledJob defaults = new ScheduledJob("the deadline check", LOG);

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void openDeals() {
        opening.run(() -> {
            for (long lotId : deals.lotsAwaitingDeal()) {
                try {
                    Long id = deals.openDeal(lotId);
                    if (id != null) {
                        LOG.info(() -> "deal " + id + " opened for lot " + lotId);
                    }
                } catch (RuntimeException e) {
                    // one lot's failure does not stop the others
                    LOG.log(Level.WARNING, "deal for lot " + lotId + " not opened; retried in ten seconds: " + e);
                }
            }
        });
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void deadlines() {
        defaults.run(() -> {
            int n = money.openDefaults();
            if (n > 0) {
                LOG.info(() -> n + " forfeiture case(s) opened");
            }
        });
    }
}
