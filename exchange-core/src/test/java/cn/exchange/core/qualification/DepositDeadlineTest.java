package cn.exchange.core.qualification;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Project;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 16: the deposit is due by the lot's announcement end, also after the end moved. An early applicant who pays
 * after the end it saw at application and before the lot's new end is matched, not refused as LATE — after an
 * amendment (+5 WD), after a suspension and resumption, after an extension.
 */
class DepositDeadlineTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;
    static final String BIDDER = "东湖新能源科技有限公司";

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    Lot publishedLot(boolean extensionAllowed) throws Exception {
        Project p = new Project("DH2026ZC000009", 1, "某单位资产处置", Category.ENTERPRISE_ASSET, at("2026-09-01T09:00+08:00"));
        Lot lot = p.addLot(new LotTerms("标的一", null, null, "北京", "评估公司", LocalDate.of(2026, 8, 31),
                new BigDecimal("2000000.00"), new BigDecimal("2000000.00"), new BigDecimal("50000.00"), new BigDecimal("1000.00"), null,
                false, null, null, BiddingMethod.ONLINE_ASCENDING, null, extensionAllowed, false, null, null, null));
        Field id = Lot.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(lot, 41L);
        lot.publish(at("2026-10-12T10:00+08:00"), cal, s);
        return lot;
    }

    static DepositMatch pay(Application a, Lot lot, OffsetDateTime when) {
        return DepositRules.match(new BankCredit("T" + when, when, new BigDecimal("50000.00"), BIDDER, "6222000011112222", "ref"),
                new DepositRules.Expected(BIDDER, a.getDepositAmount(), a.depositDeadline(lot), false));
    }

    @Test
    void anAmendmentMovesTheDepositDeadlineWithTheLot() throws Exception {
        Lot lot = publishedLot(true);
        Application early = Application.forLot(lot, 7, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.1");
        OffsetDateTime before = lot.getEndsAt();
        lot.amend("补充披露：标的房产存在一处租约，至 2027 年 6 月 30 日止。", at("2026-10-20T10:00+08:00"), cal, s);
        assertThat(lot.getEndsAt()).isAfter(before);
        OffsetDateTime between = before.plusDays(1);
        assertThat(pay(early, lot, between)).isEqualTo(DepositMatch.MATCHED);
        assertThat(early.depositDeadline(lot)).isEqualTo(lot.getEndsAt());
        assertThat(pay(early, lot, lot.getEndsAt().plusMinutes(1))).isEqualTo(DepositMatch.LATE);
        // the stored copy (staff's "due today") follows too
        early.followLot(lot);
        assertThat(early.getDepositDeadline()).isEqualTo(lot.getEndsAt());
    }

    @Test
    void aResumptionMovesTheDepositDeadlineWithTheLot() throws Exception {
        Lot lot = publishedLot(true);
        Application early = Application.forLot(lot, 7, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.1");
        OffsetDateTime before = lot.getEndsAt();
        lot.suspend("转让方书面申请中止：标的权属争议待法院裁定。", at("2026-10-26T10:00+08:00"), cal);
        lot.resume(at("2026-11-09T10:00+08:00"), cal, s);
        assertThat(lot.getEndsAt()).isAfter(before);
        assertThat(pay(early, lot, before.plusHours(1))).isEqualTo(DepositMatch.MATCHED);
    }

    @Test
    void anExtensionMovesTheDepositDeadlineWithTheLot() throws Exception {
        Lot lot = publishedLot(true);
        Application early = Application.forLot(lot, 7, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.1");
        OffsetDateTime before = lot.getEndsAt();
        lot.expire(before, 1);
        lot.extend(5, before.plusDays(3), cal, s);
        assertThat(lot.getEndsAt()).isAfter(before);
        assertThat(pay(early, lot, before.plusDays(4))).isEqualTo(DepositMatch.MATCHED);
    }

    @Test
    void theDeadlineNeverMovesEarlierThanTheOneGivenAtApplication() throws Exception {
        Lot lot = publishedLot(true);
        Application early = Application.forLot(lot, 7, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.1");
        assertThat(early.depositDeadline(lot)).isEqualTo(lot.getEndsAt());
        assertThat(pay(early, lot, lot.getEndsAt().plusSeconds(1))).isEqualTo(DepositMatch.LATE);
    }
}
