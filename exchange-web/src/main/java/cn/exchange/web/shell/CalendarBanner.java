package cn.exchange.web.shell;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.CalendarOutlook;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.listing.AnnouncementCalendar;
import cn.exchange.ejb.platform.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The banners above every page's content: that this instance is a training environment (演练环境: the exchange's clock
 * may be set, and nothing done here has legal effect), and, for staff and the administrator, that a year's working-day
 * calendar is missing and from when each announcement period can no longer be published (rule 1; from 1 October until
 * next year is entered, or at once when the current year itself is missing). The two calendar pages show the warning
 * in place, to everyone who may open them.
 */
@Named
@RequestScoped
public class CalendarBanner {

    static final String ADMIN_PAGE = "/admin/calendar.xhtml";
    static final String STAFF_PAGE = "/staff/deadlines.xhtml";
    private static final Logger LOG = Logger.getLogger(CalendarBanner.class.getName());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One announcement period the missing year blocks, in words; {@code active}: already refused now. */
    public record Block(String text, boolean active) {
    }

    @Inject
    ClockProducer clocks;
    @Inject
    AnnouncementCalendar announcements;
    @Inject
    AccessBean access;

    private Optional<CalendarOutlook> outlook;

    public boolean isTraining() {
        return clocks.configured().training();
    }

    /** The training banner's sentence in three parts, so that the clock's time is never broken across lines. */
    public List<String> getTrainingText() {
        String mark = "\uE000";
        String[] around = Pages.text("banner.training", mark).split(mark, 2);
        return List.of(around[0], minutes(ExchangeTime.toOffset(clocks.clock().instant())), around.length > 1 ? around[1] : "");
    }

    /** Whether the frame warns: staff and the administrator, on every page but the two that show it in place. */
    public boolean isCalendarWarning() {
        if (!access.can("STAFF_DASHBOARD") && !access.can("CALENDAR_ADMIN")) {
            return false;
        }
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return !ADMIN_PAGE.equals(view) && !STAFF_PAGE.equals(view) && outlook().isPresent();
    }

    /** Whether a year is missing (or soon will be needed) at all. */
    public boolean isOutlook() {
        return outlook().isPresent();
    }

    public Integer getMissingYear() {
        return outlook().map(CalendarOutlook::missingYear).orElse(null);
    }

    public String getHeadline() {
        return outlook().map(o -> DomainMessages.format(Pages.locale(), o.current() ? "calendar.outlook.current"
                : "calendar.outlook.missing", Integer.toString(o.missingYear()))).orElse("");
    }

    /** Per announcement period, from when it is refused; none when the current year is missing (all are refused). */
    public List<Block> getBlocks() {
        if (outlook().isEmpty() || outlook().get().current()) {
            return List.of();
        }
        Locale locale = Pages.locale();
        OffsetDateTime now = ExchangeTime.toOffset(clocks.clock().instant());
        String separator = "en".equals(locale.getLanguage()) ? "; " : "；";
        return outlook().get().blocks().stream().map(b -> new Block(DomainMessages.format(locale,
                b.active(now) ? "calendar.outlook.blocked" : "calendar.outlook.block", Integer.toString(b.workingDays()),
                String.join(separator, b.kinds().stream().map(k -> DomainMessages.format(locale, k)).toList()),
                minutes(b.from())), b.active(now))).toList();
    }

    /** Where the reader acts on it: the administrator enters the year, staff check the deadlines that wait for it. */
    public String getLink() {
        return access.can("CALENDAR_ADMIN") ? "/admin/calendar" : "/staff/deadlines";
    }

    public String getLinkText() {
        return access.can("CALENDAR_ADMIN") ? Pages.text("banner.calendar.enter", String.valueOf(getMissingYear()))
                : Pages.text("banner.calendar.deadlines");
    }

    private Optional<CalendarOutlook> outlook() {
        if (outlook == null) {
            try {
                outlook = announcements.outlook();
            } catch (RuntimeException e) {
                // a warning must never take the page down with it (an error page is drawn in this frame too)
                LOG.log(Level.WARNING, "Calendar outlook unavailable", e);
                outlook = Optional.empty();
            }
        }
        return outlook;
    }

    private static String minutes(OffsetDateTime t) {
        return MINUTES.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }
}
