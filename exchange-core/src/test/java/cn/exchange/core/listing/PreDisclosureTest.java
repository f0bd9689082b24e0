package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules 3 and 4: the pre-disclosure is a notice of its own — filed within 10 WD of the approval for a change of control,
 * at least 20 WD, published — and shortens or allows the formal announcement only once it ran its full period.
 */
class PreDisclosureTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    static java.util.function.Consumer<Throwable> code(String expected) {
        return e -> assertThat(((DomainException) e).code()).isEqualTo(expected);
    }

    static Lot lot(Category category) {
        Project p = new Project("DH2026CQ000001", 1, "东湖某公司 51% 股权", category, at("2026-02-20T09:00+08:00"));
        Lot l = p.addLot(new LotTerms("标的一", null, null, "北京", "评估公司", LocalDate.of(2025, 12, 31),
                new BigDecimal("50000000.00"), new BigDecimal("50000000.00"), new BigDecimal("1000000.00"),
                new BigDecimal("100000.00"), null, false, null, null, BiddingMethod.ONLINE_ASCENDING, null, false, false,
                null, null, null));
        l.submit();
        return l;
    }

    @Test
    void rule3AChangeOfControlIsFormallyAnnouncedOnlyAfterAPreDisclosureThatRanItsFullPeriod() {
        Lot l = lot(Category.EQUITY_TRANSFER);
        Project p = l.getProject();
        p.controlChange(true);
        assertThatThrownBy(() -> l.publish(at("2026-03-10T10:00+08:00"), cal, s)).satisfies(code("preDisclosure.required"));

        // approved Monday 2 March; the 10th working day after it is Monday 16 March
        List<Notice> notices = p.preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-16T10:00+08:00"), cal, s);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NoticeKind.PRE_DISCLOSURE);
            assertThat(n.getLotId()).isEqualTo(0L); // not yet stored in this unit test; one notice per lot
            // 20 WD from 16 March, Qingming (4–6 April) off: Monday 13 April
            assertThat(n.getEndsAt()).isEqualTo(at("2026-04-13T17:00+08:00"));
            assertThat(n.getTitle()).startsWith("信息预披露公告：");
            assertThat(n.getBody()).contains("2026年3月16日", "20个工作日", "2026年4月13日 17:00", "2026年3月2日")
                    .doesNotContainPattern("[A-Za-z{}]");
            assertThat(n.getBodyEn()).contains("20 working days", "13 April 2026, 17:00");
        });
        assertThat(l.getStatus()).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(p.getPreDisclosure().start()).isEqualTo(LocalDate.of(2026, 3, 16));

        assertThatThrownBy(() -> l.publish(at("2026-04-13T16:59+08:00"), cal, s))
                .satisfies(code("preDisclosure.stillRunning"))
                .satisfies(e -> assertThat(((DomainException) e).message(java.util.Locale.CHINESE)).contains("2026-04-13 17:00:00 届满"));
        Notice formal = l.publish(at("2026-04-13T17:00+08:00"), cal, s);
        assertThat(formal.getKind()).isEqualTo(NoticeKind.ANNOUNCEMENT);
        assertThat(l.getPeriodWd()).isEqualTo(20);
        assertThat(l.getDisclosureStart()).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void rule3TheChangeOfControlsPreDisclosureIsFiledWithinTenWorkingDaysOfTheApprovalAndRunsAtLeastTwenty() {
        Lot late = lot(Category.EQUITY_TRANSFER);
        late.getProject().controlChange(true);
        // after 17:00 on the 10th working day it counts from the 11th: too late, the last day named
        assertThatThrownBy(() -> late.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-16T17:30+08:00"), cal, s))
                .satisfies(code("preDisclosure.filedTooLate"))
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("basisDate"))
                .satisfies(e -> assertThat(((DomainException) e).message(java.util.Locale.CHINESE)).contains("10 个工作日", "2026-03-16"));
        assertThatThrownBy(() -> late.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 19, at("2026-03-16T10:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.tooShort"));
        assertThatThrownBy(() -> late.getProject().preDisclose(LocalDate.of(2026, 3, 20), false, 20, at("2026-03-16T10:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.basisInFuture"));
        assertThat(late.getProject().getPreDisclosure()).isNull();
        // a pending approval is stated: the 2022 notice lets the holder's internal decision start it
        List<Notice> ok = late.getProject().preDisclose(LocalDate.of(2026, 3, 2), true, 25, at("2026-03-13T09:00+08:00"), cal, s);
        assertThat(ok.get(0).getBody()).contains("批准尚在办理中", "25个工作日");
        assertThatThrownBy(() -> late.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-13T09:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.alreadyFiled"));
        assertThatThrownBy(() -> late.getProject().controlChange(false)).satisfies(code("preDisclosure.alreadyFiled"));
    }

    @Test
    void rule4ACapitalIncreaseRuns40WorkingDaysInAllAndIsShortenedOnlyByAPreDisclosureThatEnded() {
        // no pre-disclosure: 40 WD of formal announcement
        Lot without = lot(Category.CAPITAL_INCREASE);
        without.publish(at("2026-03-16T10:00+08:00"), cal, s);
        assertThat(without.getPeriodWd()).isEqualTo(40);

        // a pre-disclosure still running at the formal announcement does not count: 40 WD
        Lot running = lot(Category.CAPITAL_INCREASE);
        running.getProject().preDisclose(LocalDate.of(2025, 12, 1), false, 20, at("2026-03-16T10:00+08:00"), cal, s);
        running.publish(at("2026-04-10T10:00+08:00"), cal, s);
        assertThat(running.getPeriodWd()).isEqualTo(40);

        // one that ran its 20 WD: the formal part is 20, and pre-disclosure and formal announcement make at least 40
        Lot after = lot(Category.CAPITAL_INCREASE);
        after.getProject().preDisclose(LocalDate.of(2025, 12, 1), false, 20, at("2026-03-16T10:00+08:00"), cal, s);
        after.publish(at("2026-04-14T10:00+08:00"), cal, s);
        assertThat(after.getPeriodWd()).isEqualTo(20);
        int inAll = cal.workingDaysBetween(after.getProject().getPreDisclosure().start(), ExchangeTime.day(after.getEndsAt()));
        assertThat(inAll).isGreaterThanOrEqualTo(40);
    }

    @Test
    void onlyAChangeOfControlOrACapitalIncreaseIsPreDisclosedAndOnlyBeforeTheFormalAnnouncement() {
        Lot asset = lot(Category.ADMINISTRATIVE_ASSET);
        assertThatThrownBy(() -> asset.getProject().controlChange(true)).satisfies(code("preDisclosure.controlChangeOnlyEquity"));
        assertThatThrownBy(() -> asset.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-10T10:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.notApplicable"));
        Lot equity = lot(Category.EQUITY_TRANSFER); // no change of control: no pre-disclosure, formal 20 WD at once
        assertThatThrownBy(() -> equity.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-10T10:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.notApplicable"));
        equity.publish(at("2026-03-10T10:00+08:00"), cal, s);
        assertThat(equity.getPeriodWd()).isEqualTo(20);

        Lot published = lot(Category.CAPITAL_INCREASE);
        published.publish(at("2026-03-10T10:00+08:00"), cal, s);
        assertThatThrownBy(() -> published.getProject().preDisclose(LocalDate.of(2026, 3, 2), false, 20, at("2026-03-11T10:00+08:00"), cal, s))
                .satisfies(code("preDisclosure.afterAnnouncement"));
    }
}
