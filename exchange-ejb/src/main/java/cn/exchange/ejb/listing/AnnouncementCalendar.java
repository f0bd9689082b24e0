package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.CalendarOutlook;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.ejb.calendar.CalendarDependent;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.command.CommandContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Announcements and the working-day calendar (rules 1–5, 8–11): the warning ahead of a missing year (which announcements
 * it blocks, from when), the announcement-end calculator staff plan with, and, after a calendar correction, the running
 * announcements whose period contains a changed day, listed for staff to review. An announcement whose end cannot be
 * counted is refused where it is published ({@link cn.exchange.core.listing.Lot#publish}), never recorded as awaiting.
 */
@ApplicationScoped
public class AnnouncementCalendar implements CalendarDependent {

    @Inject
    ListingSettingsProducer rules;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** What a missing calendar year blocks, from when; empty when nothing needs saying yet. */
    public Optional<CalendarOutlook> outlook() {
        return CalendarOutlook.at(ExchangeTime.toOffset(clock.instant()), rules.calendar(), rules.settings());
    }

    /**
     * When an announcement of {@code workingDays} published at {@code publishAt} would end (rules 1–5).
     *
     * @throws YearNotEntered when its end falls in a year not entered yet
     */
    public OffsetDateTime endsAt(OffsetDateTime publishAt, int workingDays) {
        if (workingDays < 1 || workingDays > 250) {
            throw new cn.exchange.core.shared.DomainException("workingDays", "calendar.periodRange", 1, 250);
        }
        WorkingDayCalendar cal = rules.calendar();
        return DisclosureRules.endsAt(DisclosureRules.firstDay(publishAt, cal, rules.settings()), workingDays, cal, rules.settings());
    }

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of();
    }

    @Override
    public String resolve(CommandContext ctx, DeadlineKind kind, long objectId, WorkingDayCalendar calendar) {
        throw new IllegalStateException("announcement ends never await the calendar: " + kind);
    }

    @Override
    public String label(DeadlineKind kind, long objectId) {
        throw new IllegalStateException("announcement ends never await the calendar: " + kind);
    }

    @Override
    public List<ReviewItem> touchedBy(Collection<LocalDate> changedDays, WorkingDayCalendar corrected, OffsetDateTime now) {
        List<ReviewItem> out = new ArrayList<>();
        for (Lot lot : em.createNamedQuery("Lot.openInStatus", Lot.class)
                .setParameter("s", ListingStatus.PUBLISHED).setParameter("now", now).getResultList()) {
            LocalDate from = lot.getDisclosureStart();
            if (!CalendarDependent.touches(changedDays, from, ExchangeTime.day(lot.getEndsAt()))) {
                continue;
            }
            String recounted;
            try {
                // rule 34: a court lot's period counts calendar days, moved only when its last day is a day off
                recounted = ExchangeTime.display((lot.isPeriodInCalendarDays()
                        ? DisclosureRules.calendarDaysEndFrom(from, lot.getPeriodWd(), corrected, rules.settings())
                        : DisclosureRules.endsAt(from, lot.getPeriodWd(), corrected, rules.settings())).toInstant());
            } catch (YearNotEntered e) {
                recounted = "待 " + e.year() + " 年工作日历";
            }
            out.add(new ReviewItem("Lot", lot.getId(), "公告期截止（" + lot.getPeriodWd()
                    + (lot.isPeriodInCalendarDays() ? " 日" : " 个工作日") + "）：" + lot.label(), from,
                    ExchangeTime.display(lot.getEndsAt().toInstant()), recounted));
        }
        return out;
    }
}
