package cn.exchange.core.notification;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The auction's notifications (issue 23): both languages, the lot's name, the start in Beijing time, the price in 元. */
class AuctionNotificationTextsTest {

    static final String LOT = "北京某机械厂闲置设备一批";
    static final Instant START = Instant.parse("2026-03-05T02:30:00Z");   // 10:30 in Beijing
    static final String LINK = "https://exchange.example/hall.xhtml?lot=42";

    @Test
    void theScheduleAndTheRemindersSayTheStartInBeijingTimeInBothLanguages() {
        for (NotificationKind k : new NotificationKind[] {NotificationKind.SESSION_SCHEDULED, NotificationKind.SESSION_REMINDER_DAY,
                NotificationKind.SESSION_REMINDER_SOON}) {
            NotificationKind.Text t = k.render(LOT, START, LINK);
            assertThat(t.subject()).as(k.name()).contains(LOT).contains(" / ");
            String zh = t.body().substring(0, t.body().indexOf("\n\n"));
            String en = t.body().substring(t.body().indexOf("\n\n"));
            assertThat(zh).as(k.name()).contains("“" + LOT + "”").contains("2026年3月5日 10:30（北京时间）").contains(LINK);
            assertThat(en).as(k.name()).contains("\"" + LOT + "\"").contains("5 March 2026, 10:30 (Beijing time)").contains(LINK);
        }
        assertThat(NotificationKind.SESSION_REMINDER_DAY.render(LOT, START, null).body()).contains("约一天").contains("in about a day");
        assertThat(NotificationKind.SESSION_REMINDER_SOON.render(LOT, START, null).body()).contains("约 30 分钟").contains("in about 30 minutes");
    }

    @Test
    void theResultSaysThePriceInYuanAndNeverWhoWon() {
        BigDecimal price = new BigDecimal("1234567.00");
        NotificationKind.Text won = NotificationKind.AUCTION_WON.render(LOT, price, LINK);
        assertThat(won.subject()).isEqualTo("竞得：" + LOT + " / You won: " + LOT);
        assertThat(won.body()).contains("您以1,234,567.00 元（人民币壹佰贰拾叁万肆仟伍佰陆拾柒元整）竞得").contains("you won it at CNY 1,234,567.00");
        NotificationKind.Text lost = NotificationKind.AUCTION_NOT_WON.render(LOT, price, LINK);
        assertThat(lost.subject()).isEqualTo("未竞得：" + LOT + " / Not won: " + LOT);
        assertThat(lost.body()).contains("您未竞得，成交价为1,234,567.00 元").contains("you did not win it. It sold at CNY 1,234,567.00");
        NotificationKind.Text result = NotificationKind.AUCTION_RESULT.render(LOT, price, LINK);
        assertThat(result.body()).contains("您挂牌转让的“" + LOT + "”").contains("1,234,567.00 元").contains("CNY 1,234,567.00");
        // the text has no place for a bidder code or a name: only the lot and the price go in
        for (NotificationKind k : new NotificationKind[] {NotificationKind.AUCTION_WON, NotificationKind.AUCTION_NOT_WON, NotificationKind.AUCTION_RESULT}) {
            assertThat(k.render("", "", null).body()).as(k.name()).doesNotContain("竞买号").doesNotContainIgnoringCase("bidder code");
        }
    }

    @Test
    void aReminderIsDueFromItsMomentUntilTheNextOnesAndOnlyIfScheduledBeforeIt() {
        Instant scheduled = START.minusSeconds(3 * 86_400);
        assertThat(SessionReminder.DAY.due(scheduled, START, START.minusSeconds(86_401))).isFalse();
        assertThat(SessionReminder.DAY.due(scheduled, START, START.minusSeconds(86_400))).isTrue();
        assertThat(SessionReminder.DAY.due(scheduled, START, START.minusSeconds(31 * 60))).isTrue();
        assertThat(SessionReminder.DAY.due(scheduled, START, START.minusSeconds(30 * 60))).as("the 30 minutes' takes over").isFalse();
        assertThat(SessionReminder.SOON.due(scheduled, START, START.minusSeconds(31 * 60))).isFalse();
        assertThat(SessionReminder.SOON.due(scheduled, START, START.minusSeconds(30 * 60))).isTrue();
        assertThat(SessionReminder.SOON.due(scheduled, START, START.minusSeconds(1))).isTrue();
        assertThat(SessionReminder.SOON.due(scheduled, START, START)).as("started").isFalse();
        // scheduled 10 minutes before the start: neither reminder, not late
        Instant late = START.minusSeconds(600);
        assertThat(SessionReminder.DAY.due(late, START, late)).isFalse();
        assertThat(SessionReminder.SOON.due(late, START, late)).isFalse();
        // scheduled 2 hours before: the day's is past, the 30 minutes' comes
        Instant twoHours = START.minusSeconds(7200);
        assertThat(SessionReminder.DAY.due(twoHours, START, START.minusSeconds(3600))).isFalse();
        assertThat(SessionReminder.SOON.due(twoHours, START, START.minusSeconds(1200))).isTrue();
    }

    @Test
    void theKeysHoldTheLotAndTheStart() {
        assertThat(SessionReminder.DAY.key(42, START)).isEqualTo("session-reminder-1d:42:2026-03-05T02:30:00Z");
        assertThat(SessionReminder.SOON.key(42, START)).isEqualTo("session-reminder-30m:42:2026-03-05T02:30:00Z");
        assertThat(SessionReminder.scheduledKey(42, START)).isEqualTo("session-scheduled:42:2026-03-05T02:30:00Z");
        assertThat(SessionReminder.DAY.key(42, START.plusSeconds(60))).isNotEqualTo(SessionReminder.DAY.key(42, START));
    }
}
