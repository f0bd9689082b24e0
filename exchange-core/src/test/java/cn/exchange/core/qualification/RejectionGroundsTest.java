package cn.exchange.core.qualification;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Project;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 13: a rejection may only cite the lot's published buyer conditions — chosen from the numbered list made of its
 * conditions text — or rule 16's deposit, with the staff's words beside the citation; free text alone is refused.
 */
class RejectionGroundsTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;
    static final String CONDITIONS = "1. 意向受让方应为依法设立并有效存续的企业法人；\n"
            + "2、意向受让方最近一期经审计的净资产不低于 1.5 亿元；\n\n"
            + "（3）不接受联合体受让。";

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    static java.util.function.Consumer<Throwable> code(String expected) {
        return e -> assertThat(((DomainException) e).code()).isEqualTo(expected);
    }

    Lot publishedLot(String conditions) throws Exception {
        Project p = new Project("DH2026CQ000011", 1, "某公司 40% 股权转让", Category.EQUITY_TRANSFER, at("2026-09-01T09:00+08:00"));
        Lot lot = p.addLot(new LotTerms("40% 股权", null, null, "北京", "评估公司", LocalDate.of(2026, 8, 31),
                new BigDecimal("20000000.00"), new BigDecimal("20000000.00"), new BigDecimal("500000.00"), new BigDecimal("10000.00"), null,
                false, conditions, conditions == null ? null : "国资产权〔2026〕12 号", BiddingMethod.ONLINE_ASCENDING, null, true, false, null, null, null));
        Field id = Lot.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(lot, 77L);
        lot.publish(at("2026-10-12T10:00+08:00"), cal, s);
        return lot;
    }

    @Test
    void thePublishedConditionsAreTheNumberedLinesOfTheConditionsText() {
        assertThat(RejectionGrounds.conditions(CONDITIONS)).containsExactly(
                "意向受让方应为依法设立并有效存续的企业法人；", "意向受让方最近一期经审计的净资产不低于 1.5 亿元；", "不接受联合体受让。");
        assertThat(RejectionGrounds.conditions("1.5 亿元以上净资产")).containsExactly("1.5 亿元以上净资产");
        assertThat(RejectionGrounds.conditions(null)).isEmpty();
        assertThat(RejectionGrounds.citable(CONDITIONS, Locale.CHINESE)).extracting(RejectionGrounds.Ground::code)
                .containsExactly("C1", "C2", "C3", "R16");
        assertThat(RejectionGrounds.citable(null, Locale.ENGLISH)).extracting(RejectionGrounds.Ground::code).containsExactly("R16");
    }

    @Test
    void rule13ARejectionCitesPublishedConditionsFromTheListWithTheStaffsWordsBeside() throws Exception {
        Lot lot = publishedLot(CONDITIONS);
        Application a = Application.forLot(lot, 7, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.1");
        a.depositReceived(at("2026-10-14T09:00+08:00"));
        OffsetDateTime now = at("2026-11-10T10:00+08:00");
        // free text alone is no citation
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of(), "净资产不足", lot, "staff1", now, null))
                .satisfies(code("application.rejectionNeedsCondition"));
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, null, "净资产不足（公告第二条）", lot, "staff1", now, null))
                .satisfies(code("application.rejectionNeedsCondition"));
        // only the lot's own published conditions (there is no fourth), and not words in the code's place
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("C4"), "净资产不足", lot, "staff1", now, null))
                .satisfies(code("application.groundNotPublished"));
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("净资产不足"), "净资产不足", lot, "staff1", now, null))
                .satisfies(code("application.groundNotPublished"));
        // the citation needs the staff's words beside it
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("C2"), " ", lot, "staff1", now, null))
                .satisfies(code("application.rejectionNeedsWords"));
        // the deposit came in time: rule 16 is not a ground
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("R16"), "保证金", lot, "staff1", now, null))
                .satisfies(code("application.depositGroundNotMet"));
        // an approval cites nothing
        assertThatThrownBy(() -> a.review(Application.Opinion.QUALIFIED, List.of("C1"), null, lot, "staff1", now, null))
                .satisfies(code("application.groundsOnlyForRejection"));

        a.review(Application.Opinion.REJECTED, List.of("c3", "C2", "C2"), "2025 年审计报告净资产 1.1 亿元，且以联合体报名", lot, "staff1", now, null);
        assertThat(a.getOpinionGrounds()).isEqualTo("C2,C3");
        assertThat(a.getOpinionReason()).isEqualTo("2025 年审计报告净资产 1.1 亿元，且以联合体报名");
        assertThat(RejectionGrounds.cited(a.getOpinionGrounds(), lot.getBuyerConditions(), Locale.CHINESE))
                .extracting(RejectionGrounds.Ground::text)
                .containsExactly("意向受让方最近一期经审计的净资产不低于 1.5 亿元；", "不接受联合体受让。");
    }

    @Test
    void rule16AnUnpaidDepositIsCitedOnceItsDeadlinePassedAlsoOnALotWithoutConditions() throws Exception {
        Lot lot = publishedLot(null);
        Application a = Application.forLot(lot, 8, true, null, null, at("2026-10-13T09:00+08:00"), "10.0.0.2");
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("R16"), "保证金未到账", lot, "staff1",
                lot.getEndsAt().minusHours(1), null)).satisfies(code("application.depositGroundNotMet"));
        assertThatThrownBy(() -> a.review(Application.Opinion.REJECTED, List.of("C1"), "不符合条件", lot, "staff1",
                lot.getEndsAt().plusHours(1), null)).satisfies(code("application.groundNotPublished"));
        a.review(Application.Opinion.REJECTED, List.of("R16"), "截至公告期满，虚拟账户未收到保证金", lot, "staff1", lot.getEndsAt().plusHours(1), null);
        assertThat(a.getOpinionGrounds()).isEqualTo("R16");
    }
}
