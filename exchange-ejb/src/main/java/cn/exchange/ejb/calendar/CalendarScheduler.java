package cn.exchange.ejb.calendar;

import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Logger;

/**
 * Every minute: deadlines recorded as awaiting a year that has been entered meanwhile are computed (entering a year
 * computes them at once; this catches the step that counted on another instance at that very moment). Every instance
 * runs it; the awaiting rows are resolved once, under the same transaction as the deadline they fill in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // its timers query tables that the migration creates on a new installation
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalendarScheduler {

    private static final Logger LOG = Logger.getLogger(CalendarScheduler.class.getName());

    @EJB
    CalendarService calendar;

    private final ScheduledJob catchUp = new ScheduledJob("computing the deadlines that awaited the calendar", LOG);

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    public void catchUp() {
        catchUp.run(() -> {
            int n = calendar.catchUp();
            if (n > 0) {
                LOG.info(() -> n + " deadline(s) that awaited the calendar computed");
            }
        });
    }
}
