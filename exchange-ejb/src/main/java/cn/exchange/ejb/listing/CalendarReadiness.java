package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.CalendarOutlook;
import cn.exchange.ejb.calendar.PendingDeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.TreeSet;

/**
 * The working-day calendar in {@code /health/ready}'s data (rule 1): the years entered and, from 1 October until next
 * year is entered, which year is missing and from when it blocks each announcement period, and how many deadlines
 * await it. Always UP: a missing year blocks some announcements, not the exchange; the operator's monitoring reads the
 * data and alerts.
 */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    @Inject
    AnnouncementCalendar announcements;

    @Inject
    ListingSettingsProducer rules;

    @Inject
    PendingDeadlines pending;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("calendar").up();
        try {
            WorkingDayCalendar cal = rules.calendar();
            TreeSet<Integer> years = new TreeSet<>(cal.years());
            b.withData("years", years.isEmpty() ? "-" : years.first() + "-" + years.last());
            announcements.outlook().ifPresent((CalendarOutlook o) -> {
                b.withData("missingYear", o.missingYear());
                b.withData("warning", (o.current() ? "the " + o.missingYear() + " calendar is missing: announcements ending in it are refused"
                        : "the " + o.missingYear() + " calendar is not entered yet") + "; enter it at /admin/calendar.xhtml");
                for (CalendarOutlook.Block block : o.blocks()) {
                    b.withData("blocks" + block.workingDays() + "WdFrom", block.from().toString());
                }
            });
            b.withData("awaitingDeadlines", pending.count());
        } catch (RuntimeException e) {
            // the database check reports the database; the calendar's data is then simply absent
            b.withData("error", String.valueOf(e.getMessage()));
        }
        return b.build();
    }
}
