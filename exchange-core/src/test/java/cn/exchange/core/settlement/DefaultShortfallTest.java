package cn.exchange.core.settlement;

import cn.exchange.core.shared.ConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Docs/rules.md §1.4: the defaulter pays the shortfall when the lot, relisted after its forfeited deal, sells lower. */
class DefaultShortfallTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2027-01-20T10:00+08:00");

    /** A deal of {@code lot} at {@code price} to {@code buyer}, with id {@code id}. */
    static Deal deal(long id, long lot, long buyer, String price) {
        BigDecimal p = new BigDecimal(price);
        FeeTable fees = FeeTable.named("CHANGSHA");
        Deal d = new Deal(lot, 1, FeeTable.Method.BIDDING, buyer, 10 + id, 200, p, p.divide(BigDecimal.TEN, 2, java.math.RoundingMode.HALF_UP),
                fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.BUYER, p, p), fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.SELLER, p, p),
                "CHANGSHA", DealTest.DETERMINED, DealTest.DETERMINED.plusDays(5));
        SettlementPropertiesTest.setId(d, id);
        return d;
    }

    static Deal forfeited(long id, long lot, long buyer, String price) {
        Deal d = deal(id, lot, buyer, price);
        d.openDefault("受让方未在签署期限内签署合同");
        d.forfeit();
        return d;
    }

    @Test
    void theDefaulterOwesTheDifferenceWhenTheRelistingSellsLower() {
        DefaultShortfall s = DefaultShortfall.assess(forfeited(7, 41, 100, "2000000.00"), deal(8, 42, 300, "1850000.00"), AT);
        assertThat(s.getShortfall()).isEqualByComparingTo("150000.00");
        assertThat(s.getShortfall().scale()).isEqualTo(2);
        assertThat(s.owed()).isTrue();
        assertThat(s.getDefaulterPartyId()).as("the defaulting buyer, not the relisting's").isEqualTo(100);
        assertThat(s.getForfeitedDealId()).isEqualTo(7);
        assertThat(s.getRelistingDealId()).isEqualTo(8);
        assertThat(s.getRelistingLotId()).isEqualTo(42);
        assertThat(s.getDefaultedPrice()).isEqualByComparingTo("2000000.00");
        assertThat(s.getRelistingPrice()).isEqualByComparingTo("1850000.00");
        assertThat(s.getAssessedAt()).isEqualTo(AT);
    }

    @Test
    void aRelistingThatSellsAtOrAboveTheDefaultedPriceLeavesNothingOwed() {
        DefaultShortfall same = DefaultShortfall.assess(forfeited(7, 41, 100, "2000000.00"), deal(8, 42, 300, "2000000.00"), AT);
        assertThat(same.getShortfall()).isEqualByComparingTo("0.00");
        assertThat(same.owed()).isFalse();
        DefaultShortfall higher = DefaultShortfall.assess(forfeited(7, 41, 100, "2000000.00"), deal(8, 42, 300, "2100000.00"), AT);
        assertThat(higher.getShortfall()).isEqualByComparingTo("0.00").isNotNegative();
        // one cent lower is one cent owed
        assertThat(DefaultShortfall.assess(forfeited(7, 41, 100, "2000000.00"), deal(8, 42, 300, "1999999.99"), AT).getShortfall())
                .isEqualByComparingTo("0.01");
    }

    @Test
    void onlyAForfeitedDealAndAnotherLotsDealAreCompared() {
        Deal defaulted = deal(7, 41, 100, "2000000.00");
        defaulted.openDefault("受让方未在签署期限内签署合同");
        assertThatThrownBy(() -> DefaultShortfall.assess(defaulted, deal(8, 42, 300, "1000000.00"), AT))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> DefaultShortfall.assess(forfeited(7, 41, 100, "2000000.00"), deal(8, 41, 300, "1000000.00"), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
