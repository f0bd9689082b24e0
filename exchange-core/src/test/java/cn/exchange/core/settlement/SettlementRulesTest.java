package cn.exchange.core.settlement;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 30: the result notice runs at least 5 working days, counted as an announcement's period is —
 * a publication at or after 17:00 Beijing time, or on a day off, counts from the next working day.
 */
class SettlementRulesTest {

    static final WorkingDayCalendar CAL = Calendars.official();
    static final ListingSettings S = ListingSettings.DEFAULTS;

    @ParameterizedTest(name = "published {0} → ends {1}")
    @CsvSource({
            // Monday 2 November 2026, during the day: Mon … Fri are the five days
            "2026-11-02T10:00+08:00, 2026-11-06T17:00+08:00",
            "2026-11-02T16:59+08:00, 2026-11-06T17:00+08:00",
            // at or after 17:00: Tuesday is day 1, the fifth is the next Monday (the "Mon 20:00 → Fri 17:00" was 4 days)
            "2026-11-02T17:00+08:00, 2026-11-09T17:00+08:00",
            "2026-11-02T20:00+08:00, 2026-11-09T17:00+08:00",
            // 12:30 UTC is 20:30 in Beijing
            "2026-11-02T12:30Z,      2026-11-09T17:00+08:00",
            // Saturday: Monday is day 1
            "2026-11-07T10:00+08:00, 2026-11-13T17:00+08:00",
            // the evening before National Day: 8, 9, 10 (make-up Saturday), 12, 13 October
            "2026-09-30T18:00+08:00, 2026-10-13T17:00+08:00",
    })
    void theResultNoticeCountsItsDaysAsAnAnnouncementDoes(OffsetDateTime published, OffsetDateTime ends) {
        assertThat(SettlementRules.resultNoticeEnds(published, CAL, S).toInstant()).isEqualTo(ends.toInstant());
        assertThat(CAL.workingDaysBetween(DisclosureRules.firstDay(published, CAL, S), ends.toLocalDate()))
                .isEqualTo(SettlementRules.RESULT_NOTICE_WD);
    }

    @Test
    void theEndOfDayIsTheAnnouncementsConfiguredOne() {
        ListingSettings at16 = new ListingSettings(5, LocalTime.of(16, 0), 5, 5, 20, 5, true, S.suspensionMax(),
                S.depositMaxShare(), 5);
        OffsetDateTime published = OffsetDateTime.parse("2026-11-02T16:30+08:00");
        assertThat(SettlementRules.resultNoticeEnds(published, CAL, at16))
                .isEqualTo(DisclosureRules.endsAt(DisclosureRules.firstDay(published, CAL, at16), 5, CAL, at16))
                .isEqualTo(OffsetDateTime.parse("2026-11-09T16:00+08:00"));
    }
}
