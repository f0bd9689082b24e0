package cn.exchange.core.settlement;

import cn.exchange.core.listing.Category;
import cn.exchange.core.settlement.FeeTable.Method;
import cn.exchange.core.settlement.FeeTable.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rule 32: the two shipped tables reproduce docs/rules.md §1.8's figures (each case worked by hand in the comment). */
class FeeTableTest {

    @ParameterizedTest(name = "{0} {1} {2} deal {3} listing {4} → {5}")
    @CsvSource({
            // Changsha, online bidding: 2,400 is below the CNY 3,600 minimum
            "CHANGSHA, BIDDING, SELLER, 1000000, 900000, 3600.00",
            // 3.2 % of 1,000,000
            "CHANGSHA, BIDDING, BUYER, 1000000, 900000, 32000.00",
            // 30 m × 0.24 % + 20 m × 0.20 % = 72,000 + 40,000
            "CHANGSHA, BIDDING, SELLER, 50000000, 40000000, 112000.00",
            // 30 m × 3.2 % + 20 m × 2.4 % = 960,000 + 480,000
            "CHANGSHA, BIDDING, BUYER, 50000000, 40000000, 1440000.00",
            // 72,000 + 60,000 + 40 m × 0.15 % 60,000 + 400 m × 0.07 % 280,000 + 300 m × 0.03 % 90,000
            "CHANGSHA, BIDDING, SELLER, 800000000, 700000000, 562000.00",
            // 960,000 + 720,000 + 560,000 + 2,400,000 + 900,000
            "CHANGSHA, BIDDING, BUYER, 800000000, 700000000, 5540000.00",
            // 0.24 % of 12,345,678.91 = 29,629.629… → half-up to the fen
            "CHANGSHA, BIDDING, SELLER, 12345678.91, 10000000, 29629.63",
            // negotiated: 1,200 below the CNY 2,000 minimum; 40 m: 72,000 + 10 m × 0.20 % = 92,000, each side
            "CHANGSHA, NEGOTIATED, SELLER, 500000, 500000, 2000.00",
            "CHANGSHA, NEGOTIATED, BUYER, 40000000, 40000000, 92000.00",
            // Taizhou ≤ CNY 100 m: marginal on the LISTING amount 8 m: 5 m × 0.5 % + 3 m × 0.4 % = 25,000 + 12,000
            "TAIZHOU, BIDDING, SELLER, 9000000, 8000000, 37000.00",
            // 5 m × 1.5 % + 3 m × 1 % = 75,000 + 30,000
            "TAIZHOU, NEGOTIATED, BUYER, 9000000, 8000000, 105000.00",
            // deal exactly 100 m, listed 90 m: 25,000 + 20,000 + 40 m × 0.3 % 120,000 + 40 m × 0.2 % 80,000
            "TAIZHOU, BIDDING, SELLER, 100000000, 90000000, 245000.00",
            // above CNY 100 m: flat on the deal amount: 0.1 % and 0.4 % of 150 m
            "TAIZHOU, BIDDING, SELLER, 150000000, 120000000, 150000.00",
            "TAIZHOU, BIDDING, BUYER, 150000000, 120000000, 600000.00",
            // above 1 bn: 0.03 % and 0.07 % of 2 bn
            "TAIZHOU, BIDDING, SELLER, 2000000000, 1500000000, 600000.00",
            "TAIZHOU, BIDDING, BUYER, 2000000000, 1500000000, 1400000.00",
            // 500 and 1,500 are below the CNY 2,000 minimum
            "TAIZHOU, BIDDING, SELLER, 120000, 100000, 2000.00",
            "TAIZHOU, BIDDING, BUYER, 120000, 100000, 2000.00",
    })
    void reproducesThePublishedTables(String table, Method method, Side side, BigDecimal deal, BigDecimal listing,
                                      BigDecimal expected) {
        assertEquals(expected, FeeTable.named(table).fee(method, side, deal, listing).amount());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} × {4} years → {5}")
    @CsvSource({
            // Taizhou's other fees (docs/rules.md §1.8): real estate 1 % of the deal price, each side
            "TAIZHOU, REAL_ESTATE, SELLER, 3000000, , 30000.00",
            "TAIZHOU, REAL_ESTATE, BUYER, 3000000, , 30000.00",
            // 1 % of 150,000 = 1,500: the CNY 2,000 minimum
            "TAIZHOU, REAL_ESTATE, BUYER, 150000, , 2000.00",
            // capital increase 0.2 %: of 10 m = 20,000; of 1 m = 2,000, below its own CNY 5,000 minimum
            "TAIZHOU, CAPITAL_INCREASE, SELLER, 10000000, , 20000.00",
            "TAIZHOU, CAPITAL_INCREASE, BUYER, 1000000, , 5000.00",
            // leases: 1 % of the annual rent × the years, at most 5: 100,000 × 3 = 3,000; 120,000 × 8 → × 5 = 6,000
            "TAIZHOU, LEASE, SELLER, 100000, 3, 3000.00",
            "TAIZHOU, LEASE, BUYER, 120000, 8, 6000.00",
            "TAIZHOU, LEASE, BUYER, 120000, 5, 6000.00",
            // 20,000 × 2 × 1 % = 400: the CNY 2,000 minimum
            "TAIZHOU, LEASE, SELLER, 20000, 2, 2000.00",
            // a general lot: the ordinary table (8 m listed: 25,000 + 12,000)
            "TAIZHOU, GENERAL, SELLER, 8000000, , 37000.00",
            // Changsha has no other fees: every subject is charged by its ordinary table (0.24 % of 3 m, 3.2 % of 3 m)
            "CHANGSHA, REAL_ESTATE, SELLER, 3000000, , 7200.00",
            "CHANGSHA, LEASE, BUYER, 3000000, 8, 96000.00",
    })
    void chargesTaizhousOtherFeesBySubject(String table, FeeTable.Subject subject, Side side, BigDecimal price, Integer years,
                                           BigDecimal expected) {
        assertEquals(expected, FeeTable.named(table).fee(subject, Method.BIDDING, side, price, price, years).amount());
    }

    /** The minimum is per side and deal (fee-tables.csv): on a small deal each side pays the whole minimum. */
    @ParameterizedTest(name = "{0} {1} deal {2}: each side {3}")
    @CsvSource({
            "CHANGSHA, BIDDING, 100000, 3600.00",
            "CHANGSHA, NEGOTIATED, 100000, 2000.00",
            "TAIZHOU, BIDDING, 100000, 2000.00",
    })
    void theMinimumAppliesToEachSidesFeeOnADeal(String table, Method method, BigDecimal price, BigDecimal minimum) {
        FeeTable t = FeeTable.named(table);
        assertEquals(minimum, t.fee(method, Side.SELLER, price, price).amount());
        assertEquals(minimum, t.fee(method, Side.BUYER, price, price).amount());
    }

    @Test
    void aLotsSubjectFollowsItsCategoryAndPricing() {
        assertEquals(FeeTable.Subject.LEASE, FeeTable.Subject.of(Category.OPERATING_RIGHT, true));
        assertEquals(FeeTable.Subject.CAPITAL_INCREASE, FeeTable.Subject.of(Category.CAPITAL_INCREASE, false));
        assertEquals(FeeTable.Subject.REAL_ESTATE, FeeTable.Subject.of(Category.LAND_USE_RIGHT, false));
        assertEquals(FeeTable.Subject.GENERAL, FeeTable.Subject.of(Category.ENTERPRISE_ASSET, false));
        assertThrows(IllegalArgumentException.class, () -> FeeTable.named("TAIZHOU")
                .fee(FeeTable.Subject.LEASE, Method.BIDDING, Side.BUYER, BigDecimal.TEN, BigDecimal.TEN, null));
    }

    @Test
    void anUnknownTableIsAnErrorNamingTheTablesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeeTable.named("NOWHERE"));
        assertEquals("no fee table NOWHERE; there are [CHANGSHA, TAIZHOU]", e.getMessage());
    }
}
