package cn.exchange.web.supervision;

import cn.exchange.ejb.supervision.TrailService;
import cn.exchange.web.shell.Bundle;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' trail reads in words in both languages — statuses, opinions, replies, bid kinds
 * and results, notice kinds, postings and accounts — where it showed QUALIFIED, AGREED, BID → ACCEPTED, DEPOSIT_IN and
 * DEPOSIT:16 before.
 */
class TrailTextsTest {

    /** A code as the pages must never show it: UPPER_SNAKE, or a bare upper-case enum word of the trail. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(QUALIFIED|REJECTED|AGREED|OBJECTED|BID|PAUSE|RESUME|ACCEPTED|"
            + "BANK|FEES|DEPOSIT|BUYER|PRICE|CONTRACT|SUBMITTED|ANNULLED|RELISTED|ANNOUNCEMENT)\\b");

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00+08:00");

    static TrailService.Entry entry(String code, String... args) {
        return new TrailService.Entry(AT, code, "someone", "BIDDER", "198.51.100.7", code, Arrays.asList(args), null, null);
    }

    static final List<TrailService.Entry> ENTRIES = List.of(
            entry("APPLICATION", "陈明", "QUALIFIED", "5528", "QUALIFIED", "reviewer", "AGREED", "paid"),
            entry("APPLICATION", "刘芳", "SUBMITTED", null, "REJECTED", "reviewer", "OBJECTED", "unpaid"),
            entry("BID", "1", "3", "BID", "5528", "81000.00", "ACCEPTED"),
            entry("BID", "1", "4", "BID", "3107", "81000.00", "NOT_ABOVE_HIGHEST"),
            entry("BID", "1", "5", "PAUSE", null, null, "Paused"),
            entry("BID", "1", "6", "RESUME", null, null, "Resumed"),
            entry("LATE_BID", "3107", "90000.00", "CLOSED"),
            entry("SESSION", "1", "ANNULLED", "机房断网", "12", "5"),
            entry("NOTICE", "ANNOUNCEMENT", "挂牌公告：DH2026XZ000024-1", "本标的自…"),
            entry("DEAL_DOCUMENT", "CONTRACT"),
            entry("POSTING", "DEPOSIT_IN", "bank DEMO-16", "BANK", "8000.00", "DEPOSIT:16", "-8000.00"),
            entry("POSTING", "DEPOSIT_CONVERTED", "winner's deposit converts into the price", "DEPOSIT:15", "8000.00", "BUYER:6", "-8000.00"),
            entry("POSTING", "DEPOSIT_REFUND", "instructed to 刘芳", "DEPOSIT:16", "8000.00", "IN_TRANSIT", "-8000.00"),
            entry("POSTING", "DEPOSIT_FORFEITED", "deposit forfeited (COLLUSION), held for the transferor", "DEPOSIT:9", "8000.00",
                    "FORFEITED:3", "-8000.00"));

    @Test
    void everyEntryReadsInWordsInChineseAndEnglish() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Bundle b = Bundle.of(l);
            for (TrailService.Entry e : ENTRIES) {
                String text = TrailTexts.text(b, e);
                assertThat(CODE.matcher(text).find()).as(l + " " + e.args() + " → " + text).isFalse();
                assertThat(text).doesNotContainPattern("\\bnull\\b");
            }
        }
    }

    @Test
    void theWordsAreTheRightOnes() {
        Bundle zh = Bundle.of(Locale.SIMPLIFIED_CHINESE);
        Bundle en = Bundle.of(Locale.ENGLISH);
        assertThat(TrailTexts.text(zh, ENTRIES.get(0))).isEqualTo("报名：陈明，状态：资格确认，竞买号 5528，审核意见：符合受让条件（reviewer），转让方意见：同意，保证金已到账");
        assertThat(TrailTexts.text(zh, ENTRIES.get(2))).isEqualTo("第1场 #3 报价，竞买号 5528，81,000.00 元 → 有效报价");
        assertThat(TrailTexts.text(en, ENTRIES.get(2))).isEqualTo("Session 1 #3 Bid, bidder code 5528, CNY 81,000.00 → accepted");
        assertThat(TrailTexts.text(zh, ENTRIES.get(3))).startsWith("第1场 #4 报价，竞买号 3107，81,000.00 元 → 未接受：");
        assertThat(TrailTexts.text(zh, ENTRIES.get(4))).isEqualTo("第1场 #5 暂停 → 已暂停");
        assertThat(TrailTexts.text(zh, ENTRIES.get(10))).isEqualTo("保证金到账（银行流水 DEMO-16）：银行存款 8,000.00 元；保证金（报名 16） -8,000.00 元");
        assertThat(TrailTexts.text(en, ENTRIES.get(10))).isEqualTo("Deposit received (bank transaction DEMO-16): Bank CNY 8,000.00; Deposit (application 16) CNY -8,000.00");
        assertThat(TrailTexts.text(zh, ENTRIES.get(11))).isEqualTo("竞得人保证金转为交易价款：保证金（报名 15） 8,000.00 元；受让方款项（成交 6） -8,000.00 元");
        assertThat(TrailTexts.text(zh, ENTRIES.get(13))).startsWith("保证金不予退还（恶意串通");
    }
}
