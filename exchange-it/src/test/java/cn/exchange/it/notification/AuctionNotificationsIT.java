package cn.exchange.it.notification;

import cn.exchange.testkit.Poll;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.People;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.TestDatabase;
import cn.exchange.it.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23, the auction's own notifications, through the HTTP layer with the exchange mailing to the test run's SMTP
 * server ({@link TestMail}): two qualified bidders hear that the session is scheduled (once, however often the same
 * start is scheduled; again for a new start), are reminded a day and 30 minutes before it (once each, however often
 * the job runs), and after the close the winner hears it won, the other that it did not (without the winner's code),
 * and the agency the result.
 *
 * <p>The exchange's clock cannot be moved from outside (no endpoint changes it, {@code ClockProducer}); "a day before
 * the start" is reached the way {@link NotificationsIT} ages a reset link: the session's stored times are moved earlier
 * by the same amount (its start, when it was scheduled, its next check), which is what the clock moving on looks like
 * to the reminder job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuctionNotificationsIT {

    static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE).withZone(ServerClock.BEIJING);

    @ArquillianResource
    URL base;

    @Test
    void biddersHearTheScheduleTheRemindersAndTheResultEachOnce() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.qualified(api, 2, "100000.00", "1000.00", null, "ENTERPRISE_ASSET", -1);
        long lot = s.lotId();
        Bidder loser = s.bidders().get(0);
        Bidder winner = s.bidders().get(1);
        String title = api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("title");
        String loserMail = "loser-" + lot + "-" + System.nanoTime() + "@bidder.test";
        String winnerMail = "winner-" + lot + "-" + System.nanoTime() + "@bidder.test";
        AuctionFixture.sql("update account set email = '" + loserMail + "' where username = '" + loser.username() + "'");
        AuctionFixture.sql("update account set email = '" + winnerMail + "' where username = '" + winner.username() + "'");

        // scheduled two days ahead: each bidder hears the start, in Beijing time, with the hall's link
        AuctionFixture.schedule(api, s, 2 * 86_400, 0, 8);
        String startsAt = startsAt(lot).toString();
        for (String mail : List.of(loserMail, winnerMail)) {
            List<MimeMessage> got = TestMail.await(mail, 1, 60);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).getSubject()).isEqualTo("竞价时间：" + title + " / Bidding session scheduled: " + title);
            assertThat(TestMail.body(got.get(0))).contains("“" + title + "”定于" + ZH.format(Instant.parse(startsAt)) + "（北京时间）")
                    .contains("/hall.xhtml?lot=" + lot);
        }
        // the same start scheduled again is the same event
        Api.Answer again = s.operator().post("/api/qualification/lots/" + lot + "/schedule",
                Map.of("startsAt", startsAt, "freeSeconds", 0, "limitedSeconds", 8));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);

        // a day (less a minute) before the start: the day's reminder, once, however often the job runs
        movedOn(lot, "23 hours 59 minutes", api);
        assertThat(subjects(TestMail.await(loserMail, 2, 60))).containsExactly("竞价时间：", "竞价提醒（一天后开始）：");
        assertThat(subjects(TestMail.await(winnerMail, 2, 60))).containsExactly("竞价时间：", "竞价提醒（一天后开始）：");
        ranAgain(lot, "day_reminder_for");

        // 29 minutes before: the 30 minutes' reminder, once; the day's is not sent again for the moved start
        movedOn(lot, "29 minutes", api);
        assertThat(subjects(TestMail.await(loserMail, 3, 60))).containsExactly("竞价时间：", "竞价提醒（一天后开始）：", "竞价提醒（30 分钟后开始）：");
        assertThat(subjects(TestMail.await(winnerMail, 3, 60))).containsExactly("竞价时间：", "竞价提醒（一天后开始）：", "竞价提醒（30 分钟后开始）：");
        ranAgain(lot, "soon_reminder_for");

        // rescheduled to start at once: told the new time; no reminder is sent late for it
        AuctionFixture.reschedule(api, s, 3, 0, 8);
        String rescheduled = startsAt(lot).toString();
        List<MimeMessage> told = TestMail.await(loserMail, 4, 60);
        assertThat(subjects(told)).containsExactly("竞价时间：", "竞价提醒（一天后开始）：", "竞价提醒（30 分钟后开始）：", "竞价时间：");
        assertThat(TestMail.body(told.get(3))).contains(ZH.format(Instant.parse(rescheduled)));
        assertThat(subjects(TestMail.await(winnerMail, 4, 60))).hasSize(4);

        // the close: the winner won, the other did not (and is not told who won), the agency hears the result
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 30);
        AuctionFixture.bid(winner, lot, "100000.00");
        AuctionFixture.awaitPhase(api, lot, "CLOSED", 40);
        List<MimeMessage> lost = TestMail.await(loserMail, 5, 60);
        assertThat(lost.get(4).getSubject()).isEqualTo("未竞得：" + title + " / Not won: " + title);
        assertThat(TestMail.body(lost.get(4))).contains("您未竞得，成交价为100,000.00 元").contains("CNY 100,000.00")
                .contains("/lot.xhtml?id=" + lot).doesNotContain("竞买测试公司");
        assertThat(TestMail.body(lost.get(4)).replace("/lot.xhtml?id=" + lot, "")).doesNotContain(winner.code());
        AuctionFixture.awaitDeal(winner.api());
        List<MimeMessage> won = TestMail.await(winnerMail, 6, 60);   // and the contract to sign
        assertThat(subjects(won)).filteredOn("竞得："::equals).hasSize(1);
        assertThat(won).filteredOn(m -> subject(m).startsWith("竞得：")).singleElement()
                .satisfies(m -> assertThat(TestMail.body(m)).contains("您以100,000.00 元（人民币壹拾万元整）竞得"));
        String agency = People.username(api, People.Who.AGENCY);
        assertThat(TestDatabase.count("select count(*) from notification n join account a on a.id = n.account_id where a.username = '"
                + agency + "' and n.kind = 'AUCTION_RESULT' and n.event_key like 'auction-result:" + lot + ":%'")).isEqualTo(1);

        // each exactly once, in the inbox too; no further mail comes (the reminder job runs every 10 s, the outbox every 5 s)
        assertThat(TestMail.await(loserMail, 6, 12)).hasSize(5);
        assertThat(TestMail.await(winnerMail, 7, 1)).hasSize(6);
        List<String> loserInbox = kinds(loser.api());
        List<String> winnerInbox = kinds(winner.api());
        for (List<String> inbox : List.of(loserInbox, winnerInbox)) {
            assertThat(Collections.frequency(inbox, "SESSION_SCHEDULED")).isEqualTo(2);
            assertThat(Collections.frequency(inbox, "SESSION_REMINDER_DAY")).isEqualTo(1);
            assertThat(Collections.frequency(inbox, "SESSION_REMINDER_SOON")).isEqualTo(1);
        }
        assertThat(Collections.frequency(loserInbox, "AUCTION_NOT_WON")).isEqualTo(1);
        assertThat(loserInbox).doesNotContain("AUCTION_WON", "AUCTION_RESULT");
        assertThat(Collections.frequency(winnerInbox, "AUCTION_WON")).isEqualTo(1);
        assertThat(winnerInbox).doesNotContain("AUCTION_NOT_WON", "AUCTION_RESULT");
    }

    /**
     * The exchange's clock moved on to {@code interval} before the session's start: its start, the time it was
     * scheduled and its next check are moved earlier by the same amount.
     */
    private static void movedOn(long lot, String interval, Api api) throws Exception {
        String target = ServerClock.sql(api) + " + interval '" + interval + "'";
        AuctionFixture.sql("update auction set scheduled_at = scheduled_at - (starts_at - (" + target + ")),"
                + " next_check_at = next_check_at - (starts_at - (" + target + ")), starts_at = " + target + " where lot_id = " + lot);
    }

    /**
     * The job's mark of a sent reminder is taken away — as a second server that read the session before the first
     * committed would act — and the job runs again (it marks the session again): the event keys keep the reminder
     * to one per person.
     */
    private static void ranAgain(long lot, String mark) throws Exception {
        AuctionFixture.sql("update auction set " + mark + " = null where lot_id = " + lot);
        Poll.until(Duration.ofSeconds(60), "the reminder job to mark the session again", () ->
                TestDatabase.count("select count(*) from auction where lot_id = " + lot + " and " + mark + " is not null") > 0);
        assertThat(TestDatabase.count("select count(*) from auction where lot_id = " + lot + " and " + mark + " = starts_at"))
                .as("the job ran again").isEqualTo(1);
        String prefix = mark.startsWith("day") ? "session-reminder-1d:" : "session-reminder-30m:";
        assertThat(TestDatabase.count("select count(*) from outbox where event_key like '" + prefix + lot + ":%'")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from notification where event_key like '" + prefix + lot + ":%'")).isEqualTo(2);
    }

    /** The session's start as stored (to the microsecond), so that scheduling it again is the same start. */
    private static Instant startsAt(long lot) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("select starts_at from auction where lot_id = " + lot)) {
            assertThat(rs.next()).isTrue();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> subject(m).substring(0, subject(m).indexOf('：') + 1)).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> kinds(Api who) {
        return who.get("/api/inbox").array().stream().map(v -> v.asJsonObject().getString("kind")).toList();
    }
}
