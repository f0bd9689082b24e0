package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.calendar.YearNotEntered;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule 1: the warnings ahead of a missing year, and the moments they name, checked against publishing itself. */
class CalendarOutlookTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    void nothingToSayBeforeOctoberOrOnceNextYearIsEntered() {
        assertThat(CalendarOutlook.at(at("2026-09-30T10:00:00+08:00"), cal, s)).isEmpty();
        assertThat(CalendarOutlook.at(at("2026-12-10T10:00:00+08:00"), cal.with(Calendars.synthetic(2027)), s)).isEmpty();
        assertThat(CalendarOutlook.at(at("2025-12-30T10:00:00+08:00"), cal, s)).isEmpty();
    }

    @Test
    void fromOctoberItNamesTheYearAndWhenEachPeriodIsBlocked() {
        CalendarOutlook o = CalendarOutlook.at(at("2026-10-01T09:00:00+08:00"), cal, s).orElseThrow();
        assertThat(o.missingYear()).isEqualTo(2027);
        assertThat(o.current()).isFalse();
        assertThat(o.blocks()).extracting(CalendarOutlook.Block::workingDays).containsExactly(40, 20, 10, 5);
        // the dates the README gives for 2027
        assertThat(o.blocks()).extracting(CalendarOutlook.Block::from).containsExactly(at("2026-11-06T17:00:00+08:00"),
                at("2026-12-04T17:00:00+08:00"), at("2026-12-18T17:00:00+08:00"), at("2026-12-25T17:00:00+08:00"));
        assertThat(o.blocks().get(1).kinds()).contains("outlook.kind.equityTransfer", "outlook.kind.relisting");
        assertThat(o.activeAt(at("2026-10-01T09:00:00+08:00"))).isEmpty();
    }

    @Test
    void eachNamedMomentIsExactlyWhenPublishingStartsToBeRefused() {
        CalendarOutlook o = CalendarOutlook.at(at("2026-11-01T09:00:00+08:00"), cal, s).orElseThrow();
        for (CalendarOutlook.Block b : o.blocks()) {
            OffsetDateTime justBefore = b.from().minusMinutes(1);
            // published a minute before: the period still ends within 2026
            assertThat(DisclosureRules.endsAt(DisclosureRules.firstDay(justBefore, cal, s), b.workingDays(), cal, s).getYear())
                    .as(b.workingDays() + " WD").isEqualTo(2026);
            assertThatThrownBy(() -> DisclosureRules.endsAt(DisclosureRules.firstDay(b.from(), cal, s), b.workingDays(), cal, s))
                    .isInstanceOf(YearNotEntered.class);
        }
        // and the lot's own publish agrees: a 20-WD equity announcement at 17:00 on 4 December is refused
        assertThat(DisclosureRules.minimumWorkingDays(TransactionType.EQUITY_TRANSFER, new BigDecimal("1.00"), 0, s)).isEqualTo(20);
    }

    @Test
    void aMissingCurrentYearBlocksEverything() {
        CalendarOutlook o = CalendarOutlook.at(at("2027-02-01T10:00:00+08:00"), cal, s).orElseThrow();
        assertThat(o.missingYear()).isEqualTo(2027);
        assertThat(o.current()).isTrue();
        assertThat(o.activeAt(at("2027-02-01T10:00:00+08:00"))).hasSize(4);
    }
}
