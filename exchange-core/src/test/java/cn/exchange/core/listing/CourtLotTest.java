package cn.exchange.core.listing;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 34 (docs/rules.md §3, SPC 2016 Art. 10–12, 26): a court-entrusted lot follows the court's rules — notices in
 * calendar days by its asset kind, a start price from 70 % of the valuation, one bidder enough for the auction, one
 * re-auction within 30 days at most 20 % lower, then 变卖.
 */
class CourtLotTest {

    final WorkingDayCalendar cal = Calendars.official();
    final ListingSettings s = ListingSettings.DEFAULTS;

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    static java.util.function.Consumer<Throwable> code(String field, String expected) {
        return e -> {
            assertThat(((DomainException) e).code()).isEqualTo(expected);
            assertThat(((DomainException) e).problems().get(0).field()).isEqualTo(field);
        };
    }

    static LotTerms terms(CourtAssetKind kind, String valuation, String start, String deposit) {
        return new LotTerms("东湖区人民法院委托：办公楼一栋", null, "东湖区建设路 8 号", "北京", "中联资产评估有限公司",
                LocalDate.of(2026, 1, 31), new BigDecimal(valuation), new BigDecimal(start), new BigDecimal(deposit),
                new BigDecimal("10000.00"), null, false, null, null, BiddingMethod.ONLINE_ASCENDING, null, false, false, null, null, kind);
    }

    static Lot lot(CourtAssetKind kind) {
        Project p = new Project("DH2026SS000001", 1, "东湖区人民法院委托拍卖", Category.COURT_ENTRUSTED, at("2026-02-01T09:00+08:00"));
        return p.addLot(terms(kind, "10000000.00", "7000000.00", "700000.00"));
    }

    static List<String> problems(Category c, LotTerms t) {
        return LotRules.check(c, t, LocalDate.of(2026, 3, 2), ListingSettings.DEFAULTS).stream()
                .map((FieldProblem p) -> p.field() + ":" + p.code()).toList();
    }

    // ---- the announcement: calendar days by asset kind (Art. 12) ------------------------------------------------------

    @ParameterizedTest(name = "{0} published {1} ends {3} after {2} days")
    @CsvSource({
            // real estate and other rights: 30 calendar days, the publication day not counted, ending 17:00
            "REAL_ESTATE,    2026-03-02T10:00+08:00, 30, 2026-04-01T17:00+08:00",
            "PROPERTY_RIGHT, 2026-03-02T10:00+08:00, 30, 2026-04-01T17:00+08:00",
            // movables: 15 calendar days
            "MOVABLE,        2026-03-02T10:00+08:00, 15, 2026-03-17T17:00+08:00",
            // published after 17:00: counts as published the next day
            "MOVABLE,        2026-03-02T17:30+08:00, 15, 2026-03-18T17:00+08:00",
            // the last day a Saturday (21 March): the end moves to the next working day (Civil Code Art. 203)
            "MOVABLE,        2026-03-06T10:00+08:00, 15, 2026-03-23T17:00+08:00",
    })
    void theAnnouncementRunsTheCourtsCalendarDaysByAssetKind(CourtAssetKind kind, String published, int days, String ends) {
        Lot l = lot(kind);
        Notice n = l.publish(at(published), cal, s);
        assertThat(l.getPeriodWd()).isEqualTo(days);
        assertThat(l.isPeriodInCalendarDays()).isTrue();
        assertThat(l.getEndsAt()).isEqualTo(at(ends));
        assertThat(n.getKind()).isEqualTo(NoticeKind.ANNOUNCEMENT);
        assertThat(n.getBody()).contains("法院委托标的").contains(days + "日（自然日）");
    }

    @Test
    void aCourtOfficeBuildingIsNotAnnouncedForTenWorkingDays() {
        // the case for rule 34: rule 5 gave this lot 10 working days (13 calendar days); the court's rule asks ≥ 30 days
        Project p = new Project("DH2026SS000002", 1, "法院委托", Category.COURT_ENTRUSTED, at("2026-02-01T09:00+08:00"));
        Lot l = p.addLot(terms(CourtAssetKind.REAL_ESTATE, "8000000.00", "5600000.00", "560000.00"));
        OffsetDateTime published = at("2026-03-02T10:00+08:00");
        l.publish(published, cal, s);
        assertThat(l.getEndsAt()).isAfterOrEqualTo(published.plusDays(30));
    }

    // ---- the lot's terms (Art. 10) -------------------------------------------------------------------------------------

    @Test
    void theStartPriceMayBeSeventyPercentOfTheValuationNotLess() {
        assertThat(problems(Category.COURT_ENTRUSTED, terms(CourtAssetKind.REAL_ESTATE, "10000000.00", "7000000.00", "700000.00")))
                .isEmpty();
        assertThat(problems(Category.COURT_ENTRUSTED, terms(CourtAssetKind.REAL_ESTATE, "10000000.00", "6999999.99", "700000.00")))
                .containsExactly("listingPrice:lot.courtStartBelow70");
        // 70 % of 1,000,000.01 is 700,000.007: the floor rounds up, so 700,000.00 does not pass
        assertThat(problems(Category.COURT_ENTRUSTED, terms(CourtAssetKind.MOVABLE, "1000000.01", "700000.00", "70000.00")))
                .containsExactly("listingPrice:lot.courtStartBelow70");
        // the same 70 % on an enterprise lot is still below rule 6's valuation
        assertThat(problems(Category.ENTERPRISE_ASSET, terms(null, "10000000.00", "7000000.00", "700000.00")))
                .containsExactly("listingPrice:lot.priceBelowValuation");
    }

    @Test
    void aCourtLotMustSayWhatItIs() {
        assertThat(problems(Category.COURT_ENTRUSTED, terms(null, "10000000.00", "7000000.00", "700000.00")))
                .containsExactly("courtAssetKind:lot.courtAssetKindRequired");
        // other lots have no court asset kind: it is not kept
        Project p = new Project("DH2026ZC000003", 1, "企业资产", Category.ENTERPRISE_ASSET, at("2026-02-01T09:00+08:00"));
        assertThat(p.addLot(terms(CourtAssetKind.MOVABLE, "100.00", "100.00", "10.00")).getCourtAssetKind()).isNull();
    }

    // ---- one bidder (Art. 11) ------------------------------------------------------------------------------------------

    @Test
    void oneQualifiedBidderGoesToTheAuctionNotToANegotiatedTransfer() {
        assertThat(SalePath.of(1, true)).isEqualTo(SalePath.COMPETITIVE);
        assertThat(SalePath.of(1, false)).isEqualTo(SalePath.NEGOTIATED);
        Lot l = lot(CourtAssetKind.REAL_ESTATE);
        l.publish(at("2026-03-02T10:00+08:00"), cal, s);
        l.expire(at("2026-04-01T17:00+08:00"), 1);
        l.concludeQualification(1, at("2026-04-02T09:00+08:00"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.AUCTION_SCHEDULED);
        assertThat(l.getOutcome().path()).isEqualTo("COMPETITIVE");
    }

    // ---- re-auction and 变卖 (Art. 26) ---------------------------------------------------------------------------------

    /** A court lot whose first auction failed (no bid) on {@code 2026-04-10 11:00}. */
    Lot failed(CourtAssetKind kind) {
        Lot l = lot(kind);
        l.publish(at("2026-03-02T10:00+08:00"), cal, s);
        l.expire(at("2026-04-01T17:00+08:00"), 1);
        l.concludeQualification(1, at("2026-04-02T09:00+08:00"));
        l.scheduleAuction(at("2026-04-09T10:00+08:00"), at("2026-04-02T10:00+08:00"));
        l.recordAuctionResult(null, null, "NO_BIDS", at("2026-04-10T11:00+08:00"), at("2026-04-10T11:00+08:00"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.AUCTION_FAILED);
        return l;
    }

    @ParameterizedTest(name = "{0}: re-auction notice {1} days")
    @CsvSource({"MOVABLE, 7, 2026-04-20T17:00+08:00", "REAL_ESTATE, 15, 2026-04-28T17:00+08:00",
            "PROPERTY_RIGHT, 15, 2026-04-28T17:00+08:00"})
    void aFailedLotIsReauctionedWithSevenOrFifteenDaysNotice(CourtAssetKind kind, int days, String ends) {
        Lot l = failed(kind);
        Notice n = l.reauction(new BigDecimal("5600000.00"), null, at("2026-04-13T10:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.REAUCTION);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(l.getListingPrice()).isEqualByComparingTo("5600000.00");
        assertThat(l.getPeriodWd()).isEqualTo(days);
        assertThat(l.isPeriodInCalendarDays()).isTrue();
        assertThat(l.getEndsAt()).isEqualTo(at(ends));
        assertThat(l.getRound()).isEqualTo(2);
    }

    @Test
    void theReauctionCutsTheStartByAtMostTwentyPercentOfThePreviousStart() {
        Lot l = failed(CourtAssetKind.REAL_ESTATE);
        assertThatThrownBy(() -> l.reauction(new BigDecimal("5599999.99"), null, at("2026-04-13T10:00+08:00"), cal, s))
                .satisfies(code("listingPrice", "lot.courtReauctionCut"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.AUCTION_FAILED);
        // the deposit stays within 5–20 % of the new start (Art. 17)
        assertThatThrownBy(() -> l.reauction(new BigDecimal("5600000.00"), new BigDecimal("1200000.00"), at("2026-04-13T10:00+08:00"), cal, s))
                .satisfies(code("deposit", "lot.depositCourtRange"));
        l.reauction(new BigDecimal("5600000.00"), new BigDecimal("560000.00"), at("2026-04-13T10:00+08:00"), cal, s);
        assertThat(l.getDeposit()).isEqualByComparingTo("560000.00");
    }

    @Test
    void theReauctionComesWithinThirtyDaysOfTheFailure() {
        assertThatThrownBy(() -> failed(CourtAssetKind.MOVABLE).reauction(new BigDecimal("6000000.00"), null,
                at("2026-05-11T09:00+08:00"), cal, s)).satisfies(code(null, "lot.courtReauctionLate"));
        // failed on 10 April: the 30th day after is 10 May, the last day to announce
        Lot l = failed(CourtAssetKind.MOVABLE);
        l.reauction(new BigDecimal("6000000.00"), null, at("2026-05-10T23:59+08:00"), cal, s);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void afterTheSecondFailureTheLotsPathIsSellOffForSixtyDays() {
        Lot l = failed(CourtAssetKind.REAL_ESTATE);
        assertThatThrownBy(() -> l.sellOff(at("2026-04-13T10:00+08:00"), cal, s)).satisfies(code(null, "lot.courtReauctionFirst"));
        l.reauction(new BigDecimal("5600000.00"), null, at("2026-04-13T10:00+08:00"), cal, s);
        l.expire(l.getEndsAt(), 1);
        l.concludeQualification(1, at("2026-04-29T09:00+08:00"));
        l.scheduleAuction(at("2026-05-06T10:00+08:00"), at("2026-04-29T10:00+08:00"));
        l.recordAuctionResult(null, null, "NO_BIDS", at("2026-05-07T10:00+08:00"), at("2026-05-07T10:00+08:00"));

        assertThatThrownBy(() -> l.reauction(new BigDecimal("4480000.00"), null, at("2026-05-08T10:00+08:00"), cal, s))
                .satisfies(code(null, "lot.courtSellOffOnly"));
        Notice n = l.sellOff(at("2026-05-08T10:00+08:00"), cal, s);
        assertThat(n.getKind()).isEqualTo(NoticeKind.SELL_OFF);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.SELL_OFF);
        assertThat(l.getPeriodWd()).isEqualTo(60);
        // 9 May + 59 days = 7 July 2026, a Tuesday
        assertThat(l.getEndsAt()).isEqualTo(at("2026-07-07T17:00+08:00"));
        assertThat(l.getListingPrice()).isEqualByComparingTo("5600000.00");
        l.terminate("法院撤回委托", at("2026-06-01T10:00+08:00"));
        assertThat(l.getStatus()).isEqualTo(ListingStatus.TERMINATED);
    }

    @Test
    void aCourtLotIsNotRelistedUnderTheEnterpriseRulesAndOtherLotsAreNotReauctioned() {
        Lot l = failed(CourtAssetKind.MOVABLE);
        assertThatThrownBy(() -> l.relist(new BigDecimal("6000000.00"), true, null, at("2026-04-13T10:00+08:00"), cal, s))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("lot.courtReauctionInstead");
        Project p = new Project("DH2026ZC000004", 1, "企业资产", Category.ENTERPRISE_ASSET, at("2026-02-01T09:00+08:00"));
        Lot other = p.addLot(terms(null, "100.00", "100.00", "10.00"));
        assertThatThrownBy(() -> other.reauction(new BigDecimal("90.00"), null, at("2026-04-13T10:00+08:00"), cal, s))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("lot.notCourt");
    }
}
