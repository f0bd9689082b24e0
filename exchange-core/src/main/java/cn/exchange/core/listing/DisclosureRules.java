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
 *   <li>rule 4: capital increase ≥ 40 WD in total; with pre-disclosure, formal ≥ 20 WD;</li>
 *   <li>rule 5: asset transfer &gt; CNY 10 m → 20 WD, exactly CNY 10 m → 20 WD, &gt; CNY 1 m → 10 WD, ≤ CNY 1 m →
 *       [5 WD];</li>
 *   <li>domain.md §4: financial enterprises' assets 20 WD;</li>
 *   <li>rule 8: re-disclosure after a price or condition change [20 WD], [5 WD] when only the price changed;</li>
 *   <li>rule 1: working days from {@link WorkingDayCalendar}; the start day counts if it is a working day.</li>
 * </ul>
 */
public final class DisclosureRules {

    static final BigDecimal ONE_MILLION = new BigDecimal("1000000.00");
    static final BigDecimal TEN_MILLION = new BigDecimal("10000000.00");

    /** Pre-disclosure (rule 3) must be filed within this many WD of the approval. */
    public static final int PRE_DISCLOSURE_FILING_WD = 10;
    /** Pre-disclosure lasts at least this many WD (rule 3). */
    public static final int PRE_DISCLOSURE_MIN_WD = 20;

    private DisclosureRules() {
    }

    /**
     * The minimum formal disclosure period of a first listing in working days.
     *
     * @param preDisclosed whether a pre-disclosure ran before (capital increase: formal ≥ 20 WD of the 40)
     */
    public static int minimumWorkingDays(TransactionType type, BigDecimal basePrice, boolean preDisclosed,
                                         ListingSettings settings) {
        return switch (type) {
            case EQUITY_TRANSFER, FINANCIAL_ASSET -> 20;
            case CAPITAL_INCREASE -> preDisclosed ? 20 : 40;
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

    /** The moment a period of {@code workingDays} from {@code firstDay} ends: its last day at the end-of-day time. */
    public static OffsetDateTime endsAt(LocalDate firstDay, int workingDays, WorkingDayCalendar calendar,
                                        ListingSettings settings) {
        LocalDate last = calendar.addWorkingDays(firstDay, workingDays);
        return last.atTime(settings.endOfDay()).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }
}
