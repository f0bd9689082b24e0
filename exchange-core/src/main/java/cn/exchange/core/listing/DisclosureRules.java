package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * How long an announcement must run, and when it ends — the one place the "20 working days" is decided.
 *
 * <ul>
 *   <li>rule 2: equity transfer, formal disclosure ≥ 20 WD (also with the change-of-control pre-disclosure of rule 3,
 *       which itself lasts ≥ 20 WD);</li>
 *   <li>rule 4: capital increase ≥ 40 WD in total; with a pre-disclosure ({@link PreDisclosure}) that ran its full
 *       period before, the formal part is the rest of the 40 and at least 20 WD;</li>
 *   <li>rule 5: asset transfer &gt; CNY 10 m → 20 WD, exactly CNY 10 m → 20 WD, &gt; CNY 1 m → 10 WD, ≤ CNY 1 m →
 *       [5 WD];</li>
 *   <li>docs/rules.md §4: financial enterprises' assets 20 WD;</li>
 *   <li>rule 8: re-disclosure after a price or condition change [20 WD], [5 WD] when only the price changed;</li>
 *   <li>rule 1: working days from {@link WorkingDayCalendar}; the start day counts if it is a working day;</li>
 *   <li>rule 34 (docs/rules.md §3): a court-entrusted lot follows the court's rules, in <b>calendar days</b>: the
 *       announcement runs ≥ 15 days for movables, ≥ 30 for real estate and other property rights (SPC 2016 Art. 12); a
 *       re-auction's ≥ 7 / 15 days (Art. 26); the 变卖 stage 60 days (platform practice) — see
 *       {@link #calendarDaysEndAt}.</li>
 * </ul>
 */
public final class DisclosureRules {

    static final BigDecimal ONE_MILLION = new BigDecimal("1000000.00");
    static final BigDecimal TEN_MILLION = new BigDecimal("10000000.00");

    /** Pre-disclosure (rule 3) must be filed within this many WD of the approval. */
    public static final int PRE_DISCLOSURE_FILING_WD = 10;
    /** Pre-disclosure lasts at least this many WD (rule 3). */
    public static final int PRE_DISCLOSURE_MIN_WD = 20;
    /** Rule 4: a capital increase is announced this many WD in all (pre-disclosure and formal disclosure). */
    public static final int CAPITAL_INCREASE_TOTAL_WD = 40;
    /** Rule 4: of which the formal disclosure is at least this many WD. */
    public static final int CAPITAL_INCREASE_FORMAL_MIN_WD = 20;

    /** Rule 34, SPC 2016 Art. 12: the announcement of a court auction, movables / real estate and other rights. */
    public static final int COURT_NOTICE_MOVABLE_DAYS = 15;
    public static final int COURT_NOTICE_REAL_ESTATE_DAYS = 30;
    /** Rule 34, SPC 2016 Art. 26: the announcement of a re-auction after a failure, movables / real estate and rights. */
    public static final int COURT_REAUCTION_MOVABLE_DAYS = 7;
    public static final int COURT_REAUCTION_REAL_ESTATE_DAYS = 15;
    /**
     * Rule 34: the 变卖 stage after a second failure. The SPC rules say only that the lot "may be sold" (Art. 26); the
     * 60 days are the practice of the judicial-auction platforms (docs/rules.md §3).
     */
    public static final int COURT_SELL_OFF_DAYS = 60;

    private DisclosureRules() {
    }

    /** Rule 34: the minimum announcement of a court lot of {@code kind}, in calendar days (first auction or re-auction). */
    public static int courtNoticeDays(CourtAssetKind kind, boolean reauction) {
        if (kind == null) {
            throw new cn.exchange.core.shared.DomainException("courtAssetKind", "lot.courtAssetKindRequired");
        }
        if (reauction) {
            return kind.movable() ? COURT_REAUCTION_MOVABLE_DAYS : COURT_REAUCTION_REAL_ESTATE_DAYS;
        }
        return kind.movable() ? COURT_NOTICE_MOVABLE_DAYS : COURT_NOTICE_REAL_ESTATE_DAYS;
    }

    /**
     * Rule 34: the end of a period of {@code days} calendar days published at {@code publishedAt}. Decided (the SPC
     * counts days, not working days): the day of publication is not counted (Civil Code Art. 201), and one published
     * after the end-of-day time [17:00] counts as published the next day, as every announcement here does; the period
     * ends at the end-of-day time of its last day; a last day that is not a working day moves to the next working day
     * (Civil Code Art. 203), so that a court lot's announcement, like every other, ends on a working day at 17:00.
     * Published on 1 March before 17:00, 30 days end on 31 March at 17:00 — never less than {@code days} whole days.
     */
    public static OffsetDateTime calendarDaysEndAt(OffsetDateTime publishedAt, int days, WorkingDayCalendar calendar,
                                                   ListingSettings settings) {
        return calendarDaysEndFrom(calendarDaysFirstDay(publishedAt, settings), days, calendar, settings);
    }

    /** Rule 34: the end of {@code days} calendar days from {@code firstDay} (a day off at the end moves it, Art. 203). */
    public static OffsetDateTime calendarDaysEndFrom(LocalDate firstDay, int days, WorkingDayCalendar calendar, ListingSettings settings) {
        LocalDate last = calendar.nextWorkingDay(firstDay.plusDays(days - 1L));
        return last.atTime(settings.endOfDay()).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }

    /** Rule 34: the first day a period in calendar days counts — the day after publication (after 17:00: the day after that). */
    public static LocalDate calendarDaysFirstDay(OffsetDateTime publishedAt, ListingSettings settings) {
        ZonedDateTime local = publishedAt.atZoneSameInstant(ExchangeTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(settings.endOfDay())) {
            day = day.plusDays(1);
        }
        return day.plusDays(1);
    }

    /**
     * The minimum formal disclosure period of a first listing in working days.
     *
     * @param preDisclosureWd the working days of a pre-disclosure that ran its full period before this publication
     *                        ({@link PreDisclosure#completedWorkingDays}); 0 when there was none or it still runs
     */
    public static int minimumWorkingDays(TransactionType type, BigDecimal basePrice, int preDisclosureWd,
                                         ListingSettings settings) {
        return switch (type) {
            case EQUITY_TRANSFER, FINANCIAL_ASSET -> 20;
            // rule 4: 40 in all; a completed pre-disclosure counts towards them, the formal part never below 20
            case CAPITAL_INCREASE -> Math.max(CAPITAL_INCREASE_FORMAL_MIN_WD, CAPITAL_INCREASE_TOTAL_WD - Math.max(preDisclosureWd, 0));
            case ASSET_TRANSFER -> {
                if (basePrice.compareTo(TEN_MILLION) >= 0) {
                    yield 20;
                }
                if (basePrice.compareTo(ONE_MILLION) > 0) {
                    yield 10;
                }
                yield settings.smallAssetTransferWd();
            }
        };
    }

    /** Rule 8: the re-disclosure period after a price or condition change. */
    public static int relistingWorkingDays(boolean onlyPriceChanged, ListingSettings settings) {
        return onlyPriceChanged && settings.priceOnlyRuleEnabled() ? settings.priceOnlyRelistWd() : settings.relistWd();
    }

    /**
     * The first day a disclosure published at {@code publishedAt} counts: that day if it is a working day and the
     * publication came before the end-of-day time, else the next working day.
     */
    public static LocalDate firstDay(OffsetDateTime publishedAt, WorkingDayCalendar calendar, ListingSettings settings) {
        ZonedDateTime local = publishedAt.atZoneSameInstant(ExchangeTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(settings.endOfDay())) {
            day = day.plusDays(1);
        }
        return calendar.nextWorkingDay(day);
    }

    /**
     * The last day on which an announcement of {@code workingDays} may be published (before the end of the day) and
     * still end within {@code year}: the N-th last working day of the year ({@link CalendarOutlook}).
     */
    public static LocalDate lastDayToPublish(int year, int workingDays, WorkingDayCalendar calendar) {
        return calendar.nthLastWorkingDay(year, workingDays);
    }

    /** The moment a period of {@code workingDays} from {@code firstDay} ends: its last day at the end-of-day time. */
    public static OffsetDateTime endsAt(LocalDate firstDay, int workingDays, WorkingDayCalendar calendar,
                                        ListingSettings settings) {
        LocalDate last = calendar.addWorkingDays(firstDay, workingDays);
        return last.atTime(settings.endOfDay()).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }
}
