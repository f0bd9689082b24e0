package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules 2, 4, 5, 8 and the end of an announcement in Beijing time. */
class DisclosureRulesTest {

    final ListingSettings s = ListingSettings.DEFAULTS;

    @ParameterizedTest(name = "{0} at {1}, completed pre-disclosure of {2} WD: {3} WD")
    @CsvSource({
            "EQUITY_TRANSFER,   500000.00,   0,     20",   // rule 2
            "EQUITY_TRANSFER,   90000000.00, 20,    20",   // rule 3: formal still 20
            "CAPITAL_INCREASE,  5000000.00,  0,     40",   // rule 4
            "CAPITAL_INCREASE,  5000000.00,  20,    20",   // rule 4, after a pre-disclosure of 20: 40 in all
            "CAPITAL_INCREASE,  5000000.00,  25,    20",   // rule 4: the formal part never below 20
            "ASSET_TRANSFER,    10000000.01, 0,     20",   // rule 5: > 10 m
            "ASSET_TRANSFER,    10000000.00, 0,     20",   // rule 5: exactly 10 m
            "ASSET_TRANSFER,    9999999.99,  0,     10",   // rule 5: > 1 m and < 10 m
            "ASSET_TRANSFER,    1000000.01,  0,     10",
            "ASSET_TRANSFER,    1000000.00,  0,     5",    // rule 5: ≤ 1 m → [5]
            "ASSET_TRANSFER,    80000.00,    0,     5",
            "FINANCIAL_ASSET,   80000.00,    0,     20",   // docs/rules.md §4
    })
    void minimumPeriods(TransactionType type, BigDecimal price, int pre, int wd) {
        assertThat(DisclosureRules.minimumWorkingDays(type, price, pre, s)).isEqualTo(wd);
    }

    @ParameterizedTest
    @CsvSource({"true, 5", "false, 20"})
    void relistingPeriod(boolean onlyPrice, int wd) {
        assertThat(DisclosureRules.relistingWorkingDays(onlyPrice, s)).isEqualTo(wd);
    }

    @ParameterizedTest(name = "published {0}: first day {1}, 20 WD end {2}")
    @CsvSource({
            "2025-09-22T10:00+08:00, 2025-09-22, 2025-10-23T17:00+08:00",
            // after 17:00 the next working day is day 1
            "2025-09-22T17:30+08:00, 2025-09-23, 2025-10-24T17:00+08:00",
            // 08:00 UTC is 16:00 in Beijing: still the same day
            "2026-02-02T08:00Z,      2026-02-02, 2026-03-05T17:00+08:00",
            // published on a Sunday: counting starts on Monday
            "2026-09-13T09:00+08:00, 2026-09-14, 2026-10-15T17:00+08:00",
    })
    void theAnnouncementEndsOnTheLastWorkingDayAt1700BeijingTime(OffsetDateTime published, String firstDay, OffsetDateTime end) {
        WorkingDayCalendar cal = Calendars.official();
        var first = DisclosureRules.firstDay(published, cal, s);
        assertThat(first).hasToString(firstDay);
        assertThat(DisclosureRules.endsAt(first, 20, cal, s).toInstant()).isEqualTo(end.toInstant());
    }
}
