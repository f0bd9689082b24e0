package cn.exchange.core.settlement;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One deal walked through by hand: the figures a settlement clerk would check (rules 26–33). */
class DealTest {

    static final WorkingDayCalendar CAL = Calendars.official();
    static final OffsetDateTime DETERMINED = OffsetDateTime.parse("2026-11-02T10:00:00+08:00"); // a Monday
    static final BigDecimal PRICE = new BigDecimal("1250000.00");
    static final BigDecimal DEPOSIT = new BigDecimal("200000.00");
    static final String SHA = "a".repeat(64);

    @Test
    void aLumpSumDealFromDepositToCertificateAndPayout() {
        Ledger.Balances ledger = new Ledger.Balances();
        ledger.post(Ledger.Posting.move("DEPOSIT_IN", "", Ledger.BANK, Ledger.deposit(11), DEPOSIT));
        Deal deal = deal();
        // Changsha, online bidding: buyer 3.2 % of 1,250,000 = 40,000; seller 0.24 % = 3,000 → the 3,600 minimum
        assertThat(deal.getBuyerFee()).isEqualByComparingTo("40000.00");
        assertThat(deal.getSellerFee()).isEqualByComparingTo("3600.00");
        ledger.post(deal.convertDeposit());
        deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        assertThatThrownBy(() -> deal.sign(Deal.Party.BUYER, "b".repeat(64), DETERMINED.plusHours(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("contract.changedSinceShown"));
        assertThat(deal.sign(Deal.Party.BUYER, SHA, DETERMINED.plusHours(1))).isFalse();
        assertThatThrownBy(() -> deal.certify(DETERMINED)).isInstanceOf(ConflictException.class);
        assertThat(deal.sign(Deal.Party.SELLER, SHA, DETERMINED.plusHours(2))).isTrue();
        deal.takeEffect("c".repeat(64), DETERMINED.plusHours(2), SettlementRules.paymentDue(DETERMINED.toLocalDate(), CAL));
        assertThat(deal.getFirstDueOn()).isEqualTo(LocalDate.of(2026, 11, 9)); // Tue 3 … Mon 9: five working days after
        deal.apply(DEPOSIT).forEach(ledger::post);
        assertThat(ledger.of(Ledger.price(deal.getId()))).isEqualByComparingTo("-200000.00");
        // the buyer pays the rest of the price and its fee in one transfer: 1,050,000 + 40,000
        deal.receive(new BigDecimal("1090000.00"), "B-1", ledger.of(Ledger.buyer(deal.getId()))).forEach(ledger::post);
        assertThat(deal.getStatus()).isEqualTo(Deal.Status.PAID);
        assertThat(ledger.of(Ledger.FEES)).isEqualByComparingTo("-43600.00");
        assertThat(ledger.of(Ledger.price(deal.getId()))).isEqualByComparingTo("-1246400.00");
        assertThat(ledger.of(Ledger.buyer(deal.getId()))).isZero();
        deal.certify(DETERMINED.plusDays(8));
        ledger.post(deal.releaseToTransferor());
        assertThat(ledger.of(Ledger.transferor(deal.getId()))).isEqualByComparingTo("-1246400.00");
        assertThat(ledger.of(Ledger.BANK)).isEqualByComparingTo("1290000.00");
        assertThat(ledger.total()).isZero();
    }

    @Test
    void aNegotiatedTransferOpensAtTheNegotiatedPriceWithItsFeesAndTheDepositHeld() {
        cn.exchange.core.listing.Project p = new cn.exchange.core.listing.Project("DH2026XZ000001", 200, "公务车辆处置",
                cn.exchange.core.listing.Category.ADMINISTRATIVE_ASSET, OffsetDateTime.parse("2026-10-01T09:00+08:00"));
        cn.exchange.core.listing.Lot lot = p.addLot(new cn.exchange.core.listing.LotTerms("帕萨特", null, null, "东湖区", "评估公司",
                LocalDate.of(2026, 9, 30), new BigDecimal("80000.00"), new BigDecimal("80000.00"), new BigDecimal("8000.00"),
                new BigDecimal("500.00"), null, false, null, null, cn.exchange.core.listing.BiddingMethod.ONLINE_ASCENDING, null,
                false, false, null, null, null));
        SettlementPropertiesTest.setId(p, 3L);
        SettlementPropertiesTest.setId(lot, 5L);
        lot.publish(OffsetDateTime.parse("2026-10-12T10:00+08:00"), CAL, cn.exchange.core.listing.ListingSettings.DEFAULTS);
        cn.exchange.core.qualification.Application winner = cn.exchange.core.qualification.Application.forLot(lot, 100, true, null,
                null, OffsetDateTime.parse("2026-10-13T10:00+08:00"), "10.0.0.1");
        SettlementPropertiesTest.setId(winner, 11L);
        lot.expire(lot.getEndsAt(), 1);
        lot.concludeQualification(1, lot.getEndsAt().plusDays(1));
        lot.recordNegotiatedDeal(new BigDecimal("82000.00"), lot.getEndsAt().plusDays(2));
        FeeTable fees = FeeTable.named("CHANGSHA");
        Deal deal = Deal.ofSale(lot, winner, new BigDecimal("8000.00"), fees, DETERMINED, DETERMINED.plusDays(7));
        assertThat(deal.getMethod()).isEqualTo(FeeTable.Method.NEGOTIATED);
        assertThat(deal.getPrice()).isEqualByComparingTo("82000.00");
        assertThat(deal.getDeposit()).isEqualByComparingTo("8000.00");
        assertThat(deal.getBuyerPartyId()).isEqualTo(100);
        assertThat(deal.getSellerPartyId()).isEqualTo(200);
        assertThat(deal.getLotId()).isEqualTo(5);
        assertThat(deal.getBuyerFee()).isEqualByComparingTo(fees.fee(FeeTable.Subject.of(lot.getProject().getCategory(), false),
                FeeTable.Method.NEGOTIATED, FeeTable.Side.BUYER, new BigDecimal("82000.00"), new BigDecimal("80000.00"), null).amount());
        // a deposit held above the price converts only up to the price; nothing held converts nothing
        assertThat(Deal.ofSale(lot, winner, new BigDecimal("90000.00"), fees, DETERMINED, null).getDeposit()).isEqualByComparingTo("82000.00");
        assertThat(Deal.ofSale(lot, winner, new BigDecimal("-1.00"), fees, DETERMINED, null).getDeposit()).isEqualByComparingTo("0.00");
    }

    @Test
    void whoMayPrepareAndSignFollowsTheContractsState() {
        Deal deal = deal();
        OffsetDateTime now = DETERMINED.plusHours(1);
        assertThat(deal.mayPrepare()).isTrue();
        assertThat(deal.maySign(Deal.Party.BUYER, now)).as("nothing to sign before the contract is prepared").isFalse();
        deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        assertThat(deal.maySign(Deal.Party.BUYER, now)).isTrue();
        assertThat(deal.maySign(Deal.Party.SELLER, deal.getSignDeadline())).as("the deadline itself is still in time").isTrue();
        assertThat(deal.maySign(Deal.Party.SELLER, deal.getSignDeadline().plusSeconds(1))).isFalse();
        deal.sign(Deal.Party.BUYER, SHA, now);
        assertThat(deal.maySign(Deal.Party.BUYER, now)).as("signed once").isFalse();
        assertThat(deal.maySign(Deal.Party.SELLER, now)).isTrue();
        assertThat(deal.mayPrepare()).as("re-preparing after a signature would change what the buyer signed").isFalse();
        assertThatThrownBy(() -> deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE),
                TransactionType.EQUITY_TRANSFER, "d".repeat(64), DETERMINED.toLocalDate()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("contract.alreadySigned"));
        assertThat(deal.sign(Deal.Party.SELLER, SHA, now)).as("the second signature makes the contract effective").isTrue();
        assertThat(deal.maySign(Deal.Party.SELLER, now)).isFalse();
        deal.takeEffect("c".repeat(64), now, SettlementRules.paymentDue(DETERMINED.toLocalDate(), CAL));
        assertThat(deal.getStatus()).isEqualTo(Deal.Status.PAYING);
        assertThat(deal.maySign(Deal.Party.BUYER, now)).isFalse();
        assertThat(deal.mayPrepare()).isFalse();
    }

    @Test
    void aPaymentIsBookedToTheDealOnlyFromTheBuyerAsDepositsAre() {
        Deal deal = deal();
        BankCredit fullWidth = credit("东湖投资（集团） 有限公司");
        assertThat(Deal.matchPayment(deal, "东湖投资(集团)有限公司", fullWidth)).as("brackets and spaces as the bank prints them")
                .isEqualTo(DepositMatch.DEAL_PAYMENT);
        assertThat(Deal.matchPayment(deal, "东湖投资(集团)有限公司", credit("东湖置业有限公司"))).isEqualTo(DepositMatch.WRONG_PAYER);
        assertThat(Deal.matchPayment(null, null, fullWidth)).as("the reference names no deal").isEqualTo(DepositMatch.UNKNOWN_REFERENCE);
        deal.openDefault("未按期签约");
        deal.forfeit();
        assertThat(Deal.matchPayment(deal, "东湖投资(集团)有限公司", fullWidth)).as("a forfeited deal takes no more money")
                .isEqualTo(DepositMatch.UNKNOWN_REFERENCE);
    }

    static BankCredit credit(String payer) {
        return new BankCredit("B-9", DETERMINED.plusDays(2), new BigDecimal("1050000.00"), payer, "6222000011112222", "886700000007");
    }

    @Test
    void signingClosesAtTheDeadline() {
        Deal deal = deal();
        deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        assertThatThrownBy(() -> deal.sign(Deal.Party.BUYER, SHA, deal.getSignDeadline().plusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("contract.signingClosed"));
    }

    @Test
    void aMissedSignatureOrAPaymentBehindItsScheduleIsOverdue() {
        Deal unsigned = deal();
        assertThat(unsigned.overdue(unsigned.getSignDeadline())).isNull();
        assertThat(unsigned.overdue(unsigned.getSignDeadline().plusSeconds(1))).contains("规则26");
        Deal paying = deal();
        paying.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        paying.sign(Deal.Party.BUYER, SHA, DETERMINED.plusHours(1));
        paying.sign(Deal.Party.SELLER, SHA, DETERMINED.plusHours(2));
        paying.takeEffect("c".repeat(64), DETERMINED.plusHours(2), SettlementRules.paymentDue(DETERMINED.toLocalDate(), CAL));
        // due Mon 9 Nov at 17:00: not yet overdue at the cut-off, overdue a second after, until the price is in
        OffsetDateTime cutOff = OffsetDateTime.parse("2026-11-09T17:00:00+08:00");
        assertThat(paying.overdue(cutOff)).isNull();
        assertThat(paying.overdue(cutOff.plusSeconds(1))).contains("第 1 期", "规则27/28");
        paying.apply(PRICE);
        assertThat(paying.overdue(cutOff.plusSeconds(1))).isNull();
        assertThat(paying.outstanding(BigDecimal.ZERO.setScale(2))).isEqualByComparingTo("40000.00"); // the buyer's fee
    }

    /** Rule 26: the case names the side that did not sign; only the buyer's failure costs its deposit. */
    @Test
    void aTransferorWhoFailsToSignNeverCostsTheBuyerItsDeposit() {
        Ledger.Balances ledger = new Ledger.Balances();
        Deal deal = dealHoldingTheDeposit(ledger);
        deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        deal.sign(Deal.Party.BUYER, SHA, DETERMINED.plusHours(1));
        OffsetDateTime late = deal.getSignDeadline().plusSeconds(1);
        String reason = deal.overdue(late);
        assertThat(reason).startsWith("转让方（甲方）未在签署期限").contains("规则26", "受让方保证金不予没收").doesNotContain("受让方（乙方）未");
        deal.openDefault(reason);
        assertThat(deal.defaultedBy()).isEqualTo(Deal.Party.SELLER);
        assertThatThrownBy(deal::forfeit).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("settlement.transferorDefault"));
        // the buyer's deposit has not moved: it is still the buyer's on the deal, nothing went to fees or the transferor
        assertThat(deal.getStatus()).isEqualTo(Deal.Status.DEFAULTED);
        assertThat(ledger.of(Ledger.buyer(deal.getId()))).isEqualByComparingTo(DEPOSIT.negate());
        assertThat(ledger.of(Ledger.FEES)).isZero();
        assertThat(ledger.of(Ledger.transferor(deal.getId()))).isZero();
        // staff give the transferor a new deadline; it signs, and the deal goes on
        deal.dismissDefault(late.plusDays(3));
        assertThat(deal.defaultedBy()).isNull();
        assertThat(deal.sign(Deal.Party.SELLER, SHA, late.plusDays(1))).isTrue();
    }

    @Test
    void aBuyerWhoFailsToSignIsInDefaultWhateverTheTransferorDid() {
        Deal neither = deal();
        String both = neither.overdue(neither.getSignDeadline().plusSeconds(1));
        assertThat(both).startsWith("受让方（乙方）与转让方（甲方）均未在签署期限").contains("受让方违约");
        neither.openDefault(both);
        assertThat(neither.defaultedBy()).isEqualTo(Deal.Party.BUYER);
        assertThat(neither.forfeit()).isNotEmpty();

        Deal sellerSigned = deal();
        sellerSigned.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        sellerSigned.sign(Deal.Party.SELLER, SHA, DETERMINED.plusHours(1));
        String buyerOnly = sellerSigned.overdue(sellerSigned.getSignDeadline().plusSeconds(1));
        assertThat(buyerOnly).startsWith("受让方（乙方）未在签署期限").contains("转让方已签署", "受让方违约");
        sellerSigned.openDefault(buyerOnly);
        assertThat(sellerSigned.defaultedBy()).isEqualTo(Deal.Party.BUYER);
        assertThat(sellerSigned.forfeit()).isNotEmpty();
        assertThat(sellerSigned.getStatus()).isEqualTo(Deal.Status.FORFEITED);
    }

    @Test
    void aForfeitedDepositPaysBothFeesFirstAndTheRestGoesToTheTransferor() {
        Ledger.Balances ledger = new Ledger.Balances();
        Deal deal = dealHoldingTheDeposit(ledger);
        deal.openDefault("contract not signed by the deadline");
        deal.forfeit().forEach(ledger::post);
        assertThat(ledger.of(Ledger.FEES)).isEqualByComparingTo("-43600.00");
        assertThat(ledger.of(Ledger.transferor(deal.getId()))).isEqualByComparingTo("-156400.00");
        assertThat(ledger.of(Ledger.buyer(deal.getId()))).isZero();
    }

    @Test
    void instalmentsAreScheduledWithInterestAtTheLoanRate() {
        LocalDate effective = LocalDate.of(2026, 11, 3);
        PaymentPlan plan = new PaymentPlan(2, new BigDecimal("400000.00"), LocalDate.of(2027, 10, 2), new BigDecimal("3.000"),
                "东湖融资担保有限公司连带责任保证").validate(PRICE, TransactionType.EQUITY_TRANSFER, effective);
        List<PaymentPlan.Due> dues = plan.schedule(PRICE, SettlementRules.paymentDue(effective, CAL));
        // down payment 5 WD after 3 Nov: 10 Nov; 326 days to 2 Oct 2027, the first part half way (163 days): 22 Apr
        assertThat(dues).containsExactly(
                new PaymentPlan.Due(1, LocalDate.of(2026, 11, 10), new BigDecimal("400000.00"), new BigDecimal("0.00")),
                // 850,000 × 3 % × 163 / 365 = 11,387.67
                new PaymentPlan.Due(2, LocalDate.of(2027, 4, 22), new BigDecimal("425000.00"), new BigDecimal("11387.67")),
                // 425,000 × 3 % × 163 / 365 = 5,693.84
                new PaymentPlan.Due(3, LocalDate.of(2027, 10, 2), new BigDecimal("425000.00"), new BigDecimal("5693.84")));
        assertThat(plan.interest(PRICE, SettlementRules.paymentDue(effective, CAL))).isEqualByComparingTo("17081.51");
    }

    @Test
    void instalmentsFollowRule28() {
        LocalDate effective = LocalDate.of(2026, 11, 3);
        String g = "保证";
        BigDecimal rate = new BigDecimal("3");
        assertField(() -> new PaymentPlan(2, new BigDecimal("400000.00"), effective.plusMonths(6), rate, g)
                .validate(PRICE, TransactionType.ASSET_TRANSFER, effective), "instalments", "settlement.lumpSumOnly");
        assertField(() -> new PaymentPlan(2, new BigDecimal("374999.99"), effective.plusMonths(6), rate, g)
                .validate(PRICE, TransactionType.EQUITY_TRANSFER, effective), "downPayment", "settlement.downPayment");
        assertField(() -> new PaymentPlan(2, new BigDecimal("375000.00"), effective.plusYears(1).plusDays(1), rate, g)
                .validate(PRICE, TransactionType.EQUITY_TRANSFER, effective), "lastDueOn", "settlement.balanceWithinAYear");
        assertField(() -> new PaymentPlan(2, new BigDecimal("375000.00"), effective.plusYears(1), rate, " ")
                .validate(PRICE, TransactionType.EQUITY_TRANSFER, effective), "guarantee", "settlement.guaranteeRequired");
        assertThat(new PaymentPlan(2, new BigDecimal("375000.00"), effective.plusYears(1), rate, g)
                .validate(PRICE, TransactionType.EQUITY_TRANSFER, effective).instalments()).isEqualTo(2);
    }

    @Test
    void aTemplateThatBendsThePriceIsRefused() {
        String common = "## 合同当事人\n甲方 ${sellerName}\n${objectClauses}";
        assertField(() -> ContractTemplate.parse(ContractTemplate.Kind.ASSET, common,
                "title=合同\n## 转让标的\n乙方受让后三年内甲方按原价回购。"), "template", "contract.forbiddenTerm");
        assertField(() -> ContractTemplate.parse(ContractTemplate.Kind.ASSET, common,
                "title=合同\n## 转让标的\n甲方保证乙方年收益不低于百分之八（保底）。"), "template", "contract.forbiddenTerm");
        ContractTemplate ok = ContractTemplate.parse(ContractTemplate.Kind.ASSET, common, "title=合同\n## 转让标的\n${lotTitle}");
        assertThat(ok.fill(Map.of("sellerName", "东湖区机关事务局", "lotTitle", "公务用车")))
                .extracting(ContractTemplate.Clause::heading).containsExactly("第一条 合同当事人", "第二条 转让标的");
    }

    @Test
    void everyShippedTemplateIsCleanAndNumbered() {
        for (ContractTemplate.Kind k : ContractTemplate.Kind.values()) {
            ContractTemplate t = ContractTemplate.of(k);
            assertThat(t.title()).startsWith("产权交易合同");
            assertThat(t.fill(fields()))
                    .hasSizeGreaterThan(10).allSatisfy(c -> assertThat(c.text()).doesNotContain("${"));
        }
        assertThat(ContractTemplate.ordinal(12)).isEqualTo("十二");
        assertThat(ContractTemplate.ordinal(20)).isEqualTo("二十");
    }

    static Map<String, String> fields() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String f : List.of("sellerName", "sellerCode", "buyerName", "buyerCode", "exchangeName", "projectNo", "method",
                "determinedOn", "appraiser", "appraisedValue", "listingPrice", "priceFigures", "priceWords", "deposit",
                "depositWords", "paymentReference", "paymentTerms", "buyerFee", "sellerFee", "signDeadline", "lotTitle",
                "lotDescription", "location", "termYears")) {
            m.put(f, "<" + f + ">");
        }
        return m;
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.problems().get(0).field()).isEqualTo(field);
            assertThat(e.problems().get(0).code()).isEqualTo(code);
        });
    }

    /** The deposit arrives in {@code ledger} and the new {@link #deal()} converts it: the deal holds it as the buyer's. */
    private static Deal dealHoldingTheDeposit(Ledger.Balances ledger) {
        ledger.post(Ledger.Posting.move("DEPOSIT_IN", "", Ledger.BANK, Ledger.deposit(11), DEPOSIT));
        Deal deal = deal();
        ledger.post(deal.convertDeposit());
        return deal;
    }

    static Deal deal() {
        FeeTable fees = FeeTable.named("CHANGSHA");
        Deal d = new Deal(1, 1, FeeTable.Method.BIDDING, 100, 11, 200, PRICE, DEPOSIT,
                fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.BUYER, PRICE, PRICE),
                fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.SELLER, PRICE, PRICE), "CHANGSHA", DETERMINED,
                SettlementRules.workingDaysAfter(DETERMINED, SettlementRules.SIGNING_WD, CAL));
        SettlementPropertiesTest.setId(d, 7L);
        return d;
    }
}
