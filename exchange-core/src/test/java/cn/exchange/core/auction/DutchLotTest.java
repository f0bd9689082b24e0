package cn.exchange.core.auction;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.DutchTerms;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotRules;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Project;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docs/rules.md §2.1 (荷式) and §8: a Dutch lot as an agency registers it — start price, step, interval and floor
 * are terms of the lot, checked at entry — and its session descends step by step from the start to the floor; the first
 * acceptance wins.
 */
class DutchLotTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");

    /**
     * What the agency enters: valuation = listing price 1,000,000; Dutch from 1,200,000 by 50,000 a minute to 1,000,000
     * (the increment the form also offers plays no part in a Dutch lot).
     */
    static LotTerms registered(String start, String step, Integer interval, String floor, String reserve) {
        return new LotTerms("厂房设备一批", null, null, "北京", "中联资产评估有限公司", TODAY.minusMonths(2),
                new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), new BigDecimal("100000.00"), new BigDecimal("50000.00"),
                reserve == null ? null : new BigDecimal(reserve), false, null, null, BiddingMethod.DUTCH, "一次性付款", true, false, null,
                new DutchTerms(start == null ? null : new BigDecimal(start), step == null ? null : new BigDecimal(step), interval,
                        floor == null ? null : new BigDecimal(floor)), null);
    }

    static List<String> problems(LotTerms t) {
        return LotRules.check(Category.ENTERPRISE_ASSET, t, TODAY, ListingSettings.DEFAULTS).stream()
                .map((FieldProblem p) -> p.field() + ":" + p.code()).toList();
    }

    static Lot lot(LotTerms t) {
        assertThat(problems(t)).isEmpty();
        Project p = new Project("DH2026ZC000009", 1, "设备处置", Category.ENTERPRISE_ASSET, OffsetDateTime.parse("2026-11-01T09:00+08:00"));
        return p.addLot(t);
    }

    @Test
    void aRegisteredDutchLotDescendsStepByStepAndTheFirstAcceptanceWins() {
        Lot lot = lot(registered("1200000.00", "50000.00", 60, "1000000.00", null));
        AuctionTerms t = AuctionTerms.forLot(lot, OPENS, null, null, Set.of("1001", "1002"));
        AuctionEngine e = t.newEngine();

        e.handle(new AuctionCommand.Tick(OPENS));
        assertThat(e.price()).isEqualByComparingTo("1200000.00");
        assertThat(e.nextTimeEvent()).isEqualTo(OPENS.plusSeconds(60));
        List<AuctionEvent> fell = e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(60)));
        assertThat(fell).containsExactly(new AuctionEvent.PriceLowered(new BigDecimal("1150000.00"), OPENS.plusSeconds(60)));
        e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(120)));
        assertThat(e.price()).isEqualByComparingTo("1100000.00");
        // an amount other than the price shown is refused; the first to accept it wins at it
        assertThat(e.handle(new AuctionCommand.PlaceBid("1002", new BigDecimal("1050000.00"), OPENS.plusSeconds(130))))
                .singleElement().isInstanceOfSatisfying(AuctionEvent.BidRejected.class,
                        r -> assertThat(r.reason()).isEqualTo(AuctionEvent.Reason.NOT_CURRENT_PRICE));
        assertThat(e.handle(new AuctionCommand.PlaceBid("1001", new BigDecimal("1100000.00"), OPENS.plusSeconds(131))))
                .contains(new AuctionEvent.LotAwarded("1001", new BigDecimal("1100000.00"), OPENS.plusSeconds(131)));
        assertThat(e.handle(new AuctionCommand.PlaceBid("1002", new BigDecimal("1100000.00"), OPENS.plusSeconds(132))))
                .singleElement().isInstanceOfSatisfying(AuctionEvent.BidRejected.class,
                        r -> assertThat(r.reason()).isEqualTo(AuctionEvent.Reason.CLOSED));
    }

    @Test
    void withoutAcceptanceThePriceStopsAtTheFloorAndTheLotFailsAfterOneIntervalThere() {
        Lot lot = lot(registered("1200000.00", "50000.00", 60, "1000000.00", null));
        AuctionEngine e = AuctionTerms.forLot(lot, OPENS, null, null, Set.of("1001", "1002")).newEngine();
        e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(240)));
        assertThat(e.price()).isEqualByComparingTo("1000000.00");
        e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(300)));
        assertThat(e.outcome()).contains(new AuctionEvent.LotFailed(AuctionEvent.Reason.NO_BIDS, OPENS.plusSeconds(300)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "start not above floor        | 1000000.00 | 50000.00 | 60    | 1000000.00 |            | dutch.startPrice:lot.dutchStartNotAboveFloor",
            "step zero                    | 1200000.00 | 0.00     | 60    | 1000000.00 |            | dutch.step:lot.dutchStepPositive",
            "step negative                | 1200000.00 | -1.00    | 60    | 1000000.00 |            | dutch.step:amount.negative",
            "step in tenths of a fen      | 1200000.00 | 0.001    | 60    | 1000000.00 |            | dutch.step:amount.tooPrecise",
            "interval zero                | 1200000.00 | 50000.00 | 0     | 1000000.00 |            | dutch.intervalSeconds:lot.dutchInterval",
            "interval missing             | 1200000.00 | 50000.00 |       | 1000000.00 |            | dutch.intervalSeconds:common.required",
            "floor below the listing price| 1200000.00 | 50000.00 | 60    | 999999.99  |            | dutch.floor:lot.dutchFloorBelowPrice",
            "floor missing                | 1200000.00 | 50000.00 | 60    |            |            | dutch.floor:amount.required",
            "more than 1000 steps         | 1200000.00 | 100.00   | 60    | 1000000.00 |            | dutch.step:lot.dutchTooManySteps",
            "a reserve beside the floor   | 1200000.00 | 50000.00 | 60    | 1000000.00 | 1000000.00 | reservePrice:lot.dutchNoReserve",
    })
    void badTermsAreRefusedWithTheirField(String name, String start, String step, Integer interval, String floor, String reserve,
                                          String expected) {
        assertThat(problems(registered(start, step, interval, floor, reserve))).contains(expected);
    }

    @Test
    void aDutchLotNeedsItsTermsButNoIncrement() {
        LotTerms none = new LotTerms("厂房设备一批", null, null, "北京", "评估公司", TODAY.minusMonths(2), new BigDecimal("1000000.00"),
                new BigDecimal("1000000.00"), new BigDecimal("100000.00"), null, null, false, null, null, BiddingMethod.DUTCH, null,
                true, false, null, null, null);
        assertThat(problems(none)).containsExactly("dutch:lot.dutchTermsRequired");
    }
}
