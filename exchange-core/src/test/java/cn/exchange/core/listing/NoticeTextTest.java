package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public notices are legal texts: every notice kind, produced by the transition that publishes it,
 * reads as proper Chinese — no internal codes (UPPER_SNAKE, "WD", "->"), no untranslated keys or placeholders, prices
 * in figures and in capitals (大写), times in Beijing time — and has its English beside it. And (rule 23) no notice
 * before the result states how many applied or qualified.
 */
class NoticeTextTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;

    /** Any Latin letter: the Chinese text of record has none (the fixtures' own words are Chinese, codes are digits). */
    static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    static final Pattern LEFTOVER = Pattern.compile("[{}]|notice\\.|->|\\bWD\\b");

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    Lot lot(Category category, String price, boolean extensionAllowed, boolean annual) {
        Project p = new Project("DH2026ZC000001", 1, "某单位资产处置", category, at("2026-09-01T09:00+08:00"));
        return p.addLot(new LotTerms("标的一", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal(price), new BigDecimal(price), new BigDecimal("1000.00"), new BigDecimal("100.00"), null,
                false, null, null, BiddingMethod.ONLINE_ASCENDING, null, extensionAllowed, annual, annual ? 3 : null, null, null));
    }

    /** Every transition that publishes, each kind at least once, with the words staff typed. */
    List<Notice> everyNotice() {
        List<Notice> out = new ArrayList<>();
        // announcement (published at 02:00 UTC = 10:00 in Beijing), amendment, suspension, resumption, end, extension,
        // end, relisting, end, qualification, auction scheduled, awarded, result notice
        Lot a = lot(Category.ENTERPRISE_ASSET, "2000000.00", true, false);
        out.add(a.publish(at("2026-10-12T02:00Z"), cal, s));
        out.add(a.amend("补充披露：标的资产涉及一项未决诉讼", at("2026-10-13T10:00+08:00"), cal, s));
        out.add(a.suspend("转让方书面申请中止", at("2026-10-14T10:00+08:00"), cal));
        out.add(a.resume(at("2026-10-20T10:00+08:00"), cal, s));
        out.add(a.expire(a.getEndsAt(), 2));
        out.add(a.extend(5, at("2026-11-09T09:00+08:00"), cal, s));
        out.add(a.expire(a.getEndsAt(), 0));
        out.add(a.relist(new BigDecimal("1800000.00"), true, null, at("2026-11-23T10:00+08:00"), cal, s));
        out.add(a.expire(a.getEndsAt(), 3));
        out.add(a.concludeQualification(2, at("2026-12-07T10:00+08:00")));
        out.add(a.scheduleAuction(at("2026-12-10T10:00+08:00"), at("2026-12-07T11:00+08:00")));
        out.add(a.recordAuctionResult("0421", new BigDecimal("1950000.00"), null, at("2026-12-10T11:23:45+08:00"),
                at("2026-12-10T11:23:46+08:00")));
        out.add(Notice.dealResult(a, at("2026-12-10T11:24+08:00"), at("2026-12-17T17:00+08:00"),
                NoticeText.of("DEAL_RESULT", a.getTitle(), a.getAppraisedValue(), a.getListingPrice(), new BigDecimal("1950000.00"),
                        new NoticeText.Figures(new BigDecimal("-50000.00")), "-2.50%", new NoticeText.Term("notice.dealMethod.BIDDING"),
                        "东湖某科技有限公司", 5)));
        // a failed session
        Lot f = lot(Category.ENTERPRISE_ASSET, "2000000.00", true, false);
        f.publish(at("2026-10-12T10:00+08:00"), cal, s);
        f.expire(f.getEndsAt(), 2);
        f.concludeQualification(2, at("2026-11-09T10:00+08:00"));
        f.scheduleAuction(at("2026-11-11T10:00+08:00"), at("2026-11-09T11:00+08:00"));
        // rule 25: the first session annulled for a fault, re-run the next day
        out.add(f.annulSession(1, "撮合服务器宕机九分钟，部分竞买人无法报价", at("2026-11-11T10:40+08:00")));
        f.scheduleAuction(at("2026-11-12T10:00+08:00"), at("2026-11-11T11:00+08:00"));
        out.add(f.recordAuctionResult(null, null, "NO_BIDS", at("2026-11-12T11:05+08:00"), at("2026-11-12T11:05+08:00")));
        // one bidder: a negotiated transfer, on an annual price (a lease)
        Lot n = lot(Category.ENTERPRISE_ASSET, "300000.00", true, true);
        out.add(n.publish(at("2026-10-12T10:00+08:00"), cal, s));
        n.expire(n.getEndsAt(), 1);
        n.concludeQualification(1, at("2026-11-09T10:00+08:00"));
        out.add(n.recordNegotiatedDeal(new BigDecimal("300000.00"), at("2026-11-10T10:00+08:00")));
        // no applicant and no extension clause; a termination; twelve months without buyer
        Lot e = lot(Category.ADMINISTRATIVE_ASSET, "80000.00", false, false);
        e.publish(at("2026-11-02T10:00+08:00"), cal, s);
        out.add(e.expire(at("2026-11-06T17:00+08:00"), 0));
        Lot t = lot(Category.ENTERPRISE_ASSET, "2000000.00", true, false);
        t.publish(at("2026-10-12T10:00+08:00"), cal, s);
        out.add(t.terminate("标的权属发生争议，经转让方申请终结挂牌", at("2026-10-15T10:00+08:00")));
        Lot l = lot(Category.ENTERPRISE_ASSET, "2000000.00", true, false);
        l.publish(at("2025-11-20T10:00+08:00"), cal, s);
        l.expire(l.getEndsAt(), 0);
        out.add(l.lock(at("2026-11-23T10:00+08:00")));
        // a capital increase's pre-disclosure (rules 3, 4), its approval still pending
        Project pp = new Project("DH2026ZZ000001", 1, "东湖能源发展有限公司增资", Category.CAPITAL_INCREASE, at("2026-09-01T09:00+08:00"));
        pp.addLot(new LotTerms("新增注册资本", null, null, "北京", "评估公司", LocalDate.of(2026, 6, 30),
                new BigDecimal("10000000.00"), new BigDecimal("10000000.00"), new BigDecimal("1000000.00"), new BigDecimal("10000.00"), null,
                false, null, null, BiddingMethod.ONLINE_ASCENDING, null, false, false, null, null, null)).submit();
        out.addAll(pp.preDisclose(LocalDate.of(2026, 9, 1), true, 20, at("2026-09-07T10:00+08:00"), cal, s));
        // a court lot (rule 34): its announcement, a re-auction after a failure, 变卖 after the second failure
        Project cp = new Project("DH2026SS000001", 1, "法院委托拍卖", Category.COURT_ENTRUSTED, at("2026-09-01T09:00+08:00"));
        Lot c = cp.addLot(new LotTerms("办公楼一栋", null, null, "北京", "评估公司", LocalDate.of(2026, 1, 31),
                new BigDecimal("10000000.00"), new BigDecimal("7000000.00"), new BigDecimal("700000.00"), new BigDecimal("10000.00"), null,
                false, null, null, BiddingMethod.ONLINE_ASCENDING, null, false, false, null, null, CourtAssetKind.REAL_ESTATE));
        out.add(c.publish(at("2026-03-02T10:00+08:00"), cal, s));
        for (int i = 0; i < 2; i++) {
            c.expire(c.getEndsAt(), 1);
            OffsetDateTime after = c.getEndsAt().plusDays(1);
            c.concludeQualification(1, after);
            c.scheduleAuction(after.plusDays(2), after);
            c.recordAuctionResult(null, null, "NO_BIDS", after.plusDays(3), after.plusDays(3));
            out.add(i == 0 ? c.reauction(new BigDecimal("5600000.00"), null, after.plusDays(4), cal, s) : c.sellOff(after.plusDays(4), cal, s));
        }
        return out;
    }

    @Test
    void everyNoticeKindReadsAsProperChineseWithItsEnglish() {
        List<Notice> notices = everyNotice();
        assertThat(notices.stream().map(Notice::getKind).collect(Collectors.toSet()))
                .as("every notice kind has a template and is produced here").isEqualTo(EnumSet.allOf(NoticeKind.class));
        for (Notice n : notices) {
            String zh = n.getBody();
            assertThat(zh).as(n.getKind() + ": " + zh).doesNotContainPattern(LATIN).doesNotContainPattern(LEFTOVER)
                    .containsPattern("\\p{IsHan}").doesNotContain("null");
            assertThat(n.getTitle()).as(n.getKind() + " title").startsWith(n.getKind().zh() + "：");
            String en = n.getBodyEn();
            assertThat(en).as(n.getKind() + " in English: " + en).isNotEqualTo(zh).doesNotContainPattern(CODE)
                    .doesNotContainPattern(LEFTOVER).doesNotContain("null");
            assertThat(n.getTitleEn()).as(n.getKind() + " English title").startsWith(n.getKind().en() + ": ").doesNotContainPattern(CODE);
        }
    }

    @Test
    void pricesAreInFiguresAndCapitalsAndTimesInBeijingTime() {
        List<Notice> notices = everyNotice();
        Notice announcement = notices.get(0);
        // published at 02:00 UTC on 12 October: 10:00 in Beijing, 10 WD (CNY 2 m) + the amendment's 5 + the suspension
        assertThat(announcement.getBody()).contains("自2026年10月12日起正式挂牌公告", "公告期为10个工作日", "（北京时间）",
                "挂牌价格为2,000,000.00 元（人民币贰佰万元整）");
        assertThat(announcement.getBodyEn()).contains("12 October 2026", "10 working days", "CNY 2,000,000.00");
        Notice relisting = notices.stream().filter(n -> n.getKind() == NoticeKind.RELISTING).findFirst().orElseThrow();
        assertThat(relisting.getBody()).contains("第2轮", "由2,000,000.00 元（人民币贰佰万元整）调整为1,800,000.00 元（人民币壹佰捌拾万元整）");
        Notice awarded = notices.stream().filter(n -> n.getKind() == NoticeKind.AUCTION_RESULT).findFirst().orElseThrow();
        assertThat(awarded.getBody()).contains("2026年12月10日 11:23（北京时间）", "竞买号为0421的竞买人", "1,950,000.00 元（人民币壹佰玖拾伍万元整）");
        Notice negotiated = notices.stream().filter(n -> n.getKind() == NoticeKind.NEGOTIATED_DEAL).findFirst().orElseThrow();
        assertThat(negotiated.getBody()).contains("成交价格为300,000.00 元（人民币叁拾万元整）");
        Notice lease = notices.stream().filter(n -> n.getKind() == NoticeKind.ANNOUNCEMENT).skip(1).findFirst().orElseThrow();
        assertThat(lease.getBody()).contains("挂牌价格为每年300,000.00 元（人民币叁拾万元整）");
        Notice failed = notices.stream().filter(n -> n.getKind() == NoticeKind.AUCTION_RESULT).skip(1).findFirst().orElseThrow();
        assertThat(failed.getBody()).contains("未能成交", "竞价期间无有效报价");
        Notice deal = notices.stream().filter(n -> n.getKind() == NoticeKind.DEAL_RESULT).findFirst().orElseThrow();
        assertThat(deal.getBody()).contains("成交价格：1,950,000.00 元（人民币壹佰玖拾伍万元整）", "增值额：-50,000.00 元", "交易方式：网络竞价");
    }

    /** Item 2: how many applied or qualified is not in any notice before the result — the text does not depend on it. */
    @Test
    void noNoticeBeforeTheResultStatesHowManyAppliedOrQualified() {
        Set<String> ended = new java.util.HashSet<>();
        Set<String> concluded = new java.util.HashSet<>();
        for (int count : new int[] {1, 2, 3, 7}) {
            Lot a = lot(Category.ENTERPRISE_ASSET, "2000000.00", true, false);
            a.publish(at("2026-10-12T10:00+08:00"), cal, s);
            Notice e = a.expire(a.getEndsAt(), count);
            Notice q = a.concludeQualification(count, at("2026-11-09T10:00+08:00"));
            for (Notice n : List.of(e, q)) {
                for (String text : List.of(n.getBody(), n.getBodyEn(), n.getTitle(), n.getTitleEn())) {
                    assertThat(text).as(n.getKind() + " with " + count).doesNotContainPattern("(?i)applicant\\(s\\)|bidder\\(s\\)|COMPETITIVE|NEGOTIATED")
                            .doesNotContainPattern(count + "\\s*(名|家|位|个|人|applicant|qualified|bidder)");
                }
            }
            ended.add(e.getBody() + e.getBodyEn());
            concluded.add(q.getBody() + q.getBodyEn());
        }
        assertThat(ended).as("the end notice reads the same whatever the number of applicants").hasSize(1);
        assertThat(concluded).as("the qualification notice reads the same whatever the number qualified").hasSize(1);
    }
}
