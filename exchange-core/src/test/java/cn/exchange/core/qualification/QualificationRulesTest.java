package cn.exchange.core.qualification;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 14: the transferor's reply deadline across holidays with make-up days; bidder codes. */
class QualificationRulesTest {

    @ParameterizedTest(name = "opinion {0}: silence is agreement after {1}")
    @CsvSource({
            // an ordinary week: Mon 23 Nov → 24, 25, 26, 27, 30 Nov
            "2026-11-23T10:00+08:00, 2026-11-30T17:00+08:00",
            // across National Day with the make-up Sunday 20 Sep 2026 and Saturday 10 Oct: 30 Sep → 8, 9, 10, 12, 13 Oct
            "2026-09-30T10:00+08:00, 2026-10-13T17:00+08:00",
            // Friday before Labour Day 2026, with the make-up Saturday 9 May: 30 Apr → 6, 7, 8, 9, 11 May
            "2026-04-30T15:00+08:00, 2026-05-11T17:00+08:00",
    })
    void transferorReplyDeadline(OffsetDateTime opinion, OffsetDateTime deadline) {
        assertThat(QualificationRules.transferorReplyDeadline(opinion, 5, Calendars.official(), LocalTime.of(17, 0)).toInstant())
                .isEqualTo(deadline.toInstant());
    }

    @Test
    void bidderCodesAreUniqueWithinALot() {
        SecureRandom r = new SecureRandom();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            assertThat(taken.add(BidderCodes.draw(r, taken))).isTrue();
        }
        assertThat(taken).allMatch(c -> c.matches("[1-9]\\d{3}"));
    }
}
