package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The warning ahead of a missing calendar year (rule 1): from {@link #WARN_FROM} until next year's calendar is
 * entered, which year is missing and from which moment each announcement period can no longer be published because
 * its end would fall in that year. An announcement of N working days published on day D before the end of the day
 * counts D as its first day (D a working day), so it still ends within the year exactly when it is published before the
 * end of the day on the N-th last working day of the year; from then on it is refused ({@link DisclosureRules#firstDay}).
 *
 * @param missingYear the first year not entered
 * @param current     whether that is the current year itself (everything counted in it is already blocked)
 * @param blocks      per announcement period (longest first): from when it is refused, and which announcements have it
 */
public record CalendarOutlook(int missingYear, boolean current, List<Block> blocks) {

    /** Warnings start on 1 October; the State Council publishes next year's days off in November or December. */
    public static final MonthDay WARN_FROM = MonthDay.of(10, 1);

    /**
     * One announcement period and the moment from which it is refused.
     *
     * @param kinds message keys of the announcements that run this period ({@code outlook.kind.*})
     */
    public record Block(int workingDays, List<String> kinds, OffsetDateTime from) {

        public boolean active(OffsetDateTime now) {
            return !now.isBefore(from);
        }
    }

    /** The outlook at {@code now}, or empty when nothing needs saying (next year entered, or before 1 October). */
    public static Optional<CalendarOutlook> at(OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        LocalDate today = ExchangeTime.day(now);
        int missing = calendar.firstMissingYearFrom(today.getYear());
        if (missing > today.getYear() + 1) {
            return Optional.empty();
        }
        boolean current = missing == today.getYear();
        List<Block> blocks = new ArrayList<>();
        periods(settings).forEach((wd, kinds) -> blocks.add(new Block(wd, kinds, current
                ? LocalDate.of(missing, 1, 1).atStartOfDay(ExchangeTime.ZONE).toOffsetDateTime()
                : DisclosureRules.lastDayToPublish(missing - 1, wd, calendar).atTime(settings.endOfDay())
                        .atZone(ExchangeTime.ZONE).toOffsetDateTime())));
        boolean warn = current || !MonthDay.from(today).isBefore(WARN_FROM) || blocks.stream().anyMatch(b -> b.active(now));
        return warn ? Optional.of(new CalendarOutlook(missing, current, List.copyOf(blocks))) : Optional.empty();
    }

    /** The blocks already in force at {@code now}. */
    public List<Block> activeAt(OffsetDateTime now) {
        return blocks.stream().filter(b -> b.active(now)).toList();
    }

    /** The announcement periods of rules 2–5, 8, 9 and 11 and who runs each, longest first. */
    static Map<Integer, List<String>> periods(ListingSettings s) {
        Map<Integer, List<String>> m = new TreeMap<>((a, b) -> b - a);
        add(m, 40, "outlook.kind.capitalIncrease");
        add(m, 20, "outlook.kind.equityTransfer");
        add(m, s.relistWd(), "outlook.kind.relisting");
        add(m, 10, "outlook.kind.midAsset");
        add(m, 10, "outlook.kind.resumption");
        add(m, s.smallAssetTransferWd(), "outlook.kind.smallAsset");
        if (s.priceOnlyRuleEnabled()) {
            add(m, s.priceOnlyRelistWd(), "outlook.kind.priceOnlyRelisting");
        }
        add(m, s.extensionMinWd(), "outlook.kind.extension");
        return new LinkedHashMap<>(m);
    }

    private static void add(Map<Integer, List<String>> m, int wd, String kind) {
        m.computeIfAbsent(wd, k -> new ArrayList<>()).add(kind);
    }
}
