package cn.exchange.core.listing;

import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules 6, 7, 12, 13, 15 at the point of entry: each case names the field and the rule's message. */
class LotRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static LotTerms terms(String valuation, String price, String deposit, LocalDate base, boolean negative,
                          String conditions, String filing) {
        return new LotTerms("公务车辆 京A·12345", "2018 年购置", "北京市东城区", "北京", "中联资产评估有限公司", base,
                new BigDecimal(valuation), new BigDecimal(price), new BigDecimal(deposit), new BigDecimal("1000.00"), null,
                negative, conditions, filing, BiddingMethod.ONLINE_ASCENDING, "一次性付款", true, false, null, null, null);
    }

    static List<String> problems(Category c, LotTerms t) {
        return LotRules.check(c, t, TODAY, ListingSettings.DEFAULTS).stream()
                .map((FieldProblem p) -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aLotWithinEveryRuleHasNoProblem() {
        assertThat(problems(Category.ADMINISTRATIVE_ASSET, terms("100000.00", "100000.00", "30000.00", TODAY.minusMonths(3), false, null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // rule 6: first price ≥ valuation
            "price below valuation            | ADMINISTRATIVE_ASSET | 100000.00 | 99999.99  | 10000.00 | 3  | false | | | listingPrice:lot.priceBelowValuation",
            // rule 6: negative net assets → ≥ CNY 1.00
            "negative net assets, 0.99        | EQUITY_TRANSFER      | 100000.00 | 0.99      | 0.00     | 3  | true  | | | listingPrice:lot.priceBelowOneYuan",
            // rule 12: valuation older than one year
            "valuation 13 months old          | ADMINISTRATIVE_ASSET | 100000.00 | 100000.00 | 10000.00 | 13 | false | | | valuationBaseDate:lot.valuationStale",
            // rule 15: deposit ≤ 30 %
            "deposit 30 % + 1 fen             | ADMINISTRATIVE_ASSET | 100000.00 | 100000.00 | 30000.01 | 3  | false | | | deposit:lot.depositTooHigh",
            // rule 15: court-style 5–20 %
            "court deposit 21 %               | COURT_ENTRUSTED      | 100000.00 | 100000.00 | 21000.00 | 3  | false | | | deposit:lot.depositCourtRange",
            "court deposit 4 %                | COURT_ENTRUSTED      | 100000.00 | 100000.00 | 4000.00  | 3  | false | | | deposit:lot.depositCourtRange",
            // rule 13: conditions refused for asset transfers
            "conditions on an asset transfer  | ENTERPRISE_ASSET     | 100000.00 | 100000.00 | 10000.00 | 3  | false | 注册资本不低于一亿元 | 国资备2026-1 | buyerConditions:lot.conditionsNotForAssets",
            // rule 13: conditions only with a filing reference
            "conditions without filing        | EQUITY_TRANSFER      | 100000.00 | 100000.00 | 10000.00 | 3  | false | 注册资本不低于一亿元 | | conditionsFilingRef:lot.conditionsNeedFiling",
            // money: at most two decimals
            "price with three decimals        | ADMINISTRATIVE_ASSET | 100000.00 | 100000.001| 10000.00 | 3  | false | | | listingPrice:amount.tooPrecise",
    })
    void eachRuleRefusesWithItsFieldAndMessage(String name, Category c, String valuation, String price, String deposit,
                                               int monthsOld, boolean negative, String conditions, String filing, String expected) {
        assertThat(problems(c, terms(valuation, price, deposit, TODAY.minusMonths(monthsOld), negative, conditions, filing)))
                .contains(expected);
    }

    @Test
    void rule17NegotiationOnlyIsRefusedForStatePropertyAndAllowedForANonStateOwner() {
        for (Category c : Category.values()) {
            LotTerms t = negotiatedOnly(terms("100000.00", "100000.00", "10000.00", TODAY.minusMonths(1), false, null, null));
            if (c == Category.NON_STATE_ASSET) {
                assertThat(problems(c, t)).as(c.name()).isEmpty();
            } else {
                assertThat(problems(c, t)).as(c.name()).contains("biddingMethod:lot.negotiatedOnlyNotAllowed");
            }
        }
    }

    static LotTerms negotiatedOnly(LotTerms t) {
        return new LotTerms(t.title(), t.description(), t.location(), t.region(), t.appraiser(), t.valuationBaseDate(), t.appraisedValue(),
                t.listingPrice(), t.deposit(), null, null, t.negativeNetAssets(), t.buyerConditions(), t.conditionsFilingRef(),
                BiddingMethod.NEGOTIATED_ONLY, t.paymentTerms(), t.extensionAllowed(), t.annualPrice(), t.termYears(), null, null);
    }

    @Test
    void conditionsWithTheirFilingReferenceAreKeptForEquity() {
        assertThat(problems(Category.EQUITY_TRANSFER, terms("100000.00", "100000.00", "10000.00", TODAY.minusMonths(1), false,
                "注册资本不低于一亿元", "国资产权备〔2026〕12号"))).isEmpty();
    }

    @Test
    void theValuationIsUsableUpToOneYearFromItsBaseDate() {
        assertThat(problems(Category.ADMINISTRATIVE_ASSET, terms("1.00", "1.00", "0.30", TODAY.minusYears(1), false, null, null))).isEmpty();
        assertThat(problems(Category.ADMINISTRATIVE_ASSET, terms("1.00", "1.00", "0.30", TODAY.minusYears(1).minusDays(1), false, null, null)))
                .containsExactly("valuationBaseDate:lot.valuationStale");
    }

    @Test
    void rule7TheNinetyPercentGateIsExact() {
        assertThat(LotRules.belowApprovalThreshold(new BigDecimal("9000000.00"), new BigDecimal("10000000.00"))).isFalse();
        assertThat(LotRules.belowApprovalThreshold(new BigDecimal("8999999.99"), new BigDecimal("10000000.00"))).isTrue();
    }
}
