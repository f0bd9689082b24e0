package cn.exchange.core.settlement;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.ConflictException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's invariants under random sequences of what happens after an auction:
 * deposits in, refunds instructed and paid (also twice), signatures, payments of any size (short, exact, over),
 * certificate attempts, defaults, forfeitures and payouts, in any order. After every step: every account's balances
 * sum to zero, the bank never goes below zero, no deposit is refunded twice, no certificate exists before the full
 * price and both fees are in, and the deal's own counters equal the ledger.
 */
class SettlementPropertiesTest {

    static final OffsetDateTime DETERMINED = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    static final BigDecimal PRICE = new BigDecimal("1250000.00");
    static final BigDecimal DEPOSIT = new BigDecimal("200000.00");
    static final FeeTable FEES = FeeTable.named("CHANGSHA");
    static final long[] APPLICATIONS = {11, 12, 13};
    static final long WINNER = 11;

    record Step(int kind, int who, long amountFen) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // kinds weighted so that histories reach every end (signed, paid, certified, paid out, forfeited)
        Arbitrary<Integer> kind = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1)), net.jqwik.api.Tuple.of(3, Arbitraries.just(2)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(3)), net.jqwik.api.Tuple.of(4, Arbitraries.just(4)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(5)), net.jqwik.api.Tuple.of(3, Arbitraries.just(6)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(7)), net.jqwik.api.Tuple.of(1, Arbitraries.just(8)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(9)));
        Arbitrary<Step> step = Combinators.combine(kind, Arbitraries.integers().between(0, 2),
                Arbitraries.longs().between(1, 150_000_000L)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 1000)
    void theLedgerBalancesAndRefusesWhatWouldBreakIt(@ForAll("histories") List<Step> steps, @ForAll boolean instalments) {
        Ledger.Balances ledger = new Ledger.Balances();
        Set<Long> depositsIn = new HashSet<>();
        Set<Long> refunded = new HashSet<>();
        Map<Long, Disbursement> refunds = new HashMap<>();
        Deal deal = null;
        boolean certified = false;
        long nextId = 1;
        // the auction has closed: every bidder's deposit is in, the deal made; then anything may happen in any order
        for (long a : APPLICATIONS) {
            depositsIn.add(a);
            ledger.post(Posting.move("DEPOSIT_IN", "", Ledger.BANK, Ledger.deposit(a), DEPOSIT));
        }
        if (!steps.isEmpty() && steps.get(0).kind() != 1) {
            deal = newDeal(instalments);
            ledger.post(deal.convertDeposit());
        }
        for (Step s : steps) {
            long app = APPLICATIONS[s.who()];
            BigDecimal amount = BigDecimal.valueOf(s.amountFen(), 2);
            switch (s.kind()) {
                case 0 -> { // a deposit arrives (the importer books each application's deposit once)
                    if (depositsIn.add(app)) {
                        ledger.post(Posting.move("DEPOSIT_IN", "", Ledger.BANK, Ledger.deposit(app), DEPOSIT));
                    }
                }
                case 1 -> { // the result: the deal for the winner, its deposit converted
                    if (deal == null && depositsIn.contains(WINNER)) {
                        deal = newDeal(instalments);
                        ledger.post(deal.convertDeposit());
                    }
                }
                case 2 -> { // a losing bidder's refund is instructed — refused the second time, by the ledger itself
                    if (app != WINNER && depositsIn.contains(app)) {
                        Disbursement d = refund(nextId++, app);
                        if (refunded.contains(app)) {
                            assertThatThrownBy(() -> ledger.post(d.instructed())).isInstanceOf(ConflictException.class);
                        } else {
                            ledger.post(d.instructed());
                            refunded.add(app);
                            refunds.put(app, d);
                        }
                    }
                }
                case 3 -> { // the bank statement shows a refund paid (again: refused)
                    Disbursement d = refunds.get(app);
                    if (d != null) {
                        if (d.getStatus() == Disbursement.Status.PAID) {
                            assertThatThrownBy(() -> d.paid("B2", DEPOSIT, DETERMINED)).isInstanceOf(ConflictException.class);
                        } else {
                            ledger.post(d.paid("B1", DEPOSIT, DETERMINED));
                        }
                    }
                }
                case 4 -> { // a signature (the contract prepared first)
                    if (deal != null && deal.getStatus() == Deal.Status.SIGNING) {
                        if (deal.getContractSha256() == null) {
                            deal.prepareContract(ContractTemplate.Kind.EQUITY, plan(instalments), TransactionType.EQUITY_TRANSFER,
                                    "a".repeat(64), DETERMINED.toLocalDate());
                        }
                        Deal.Party who = s.who() == 0 ? Deal.Party.BUYER : Deal.Party.SELLER;
                        if ((who == Deal.Party.BUYER ? deal.getBuyerSignedAt() : deal.getSellerSignedAt()) == null
                                && deal.sign(who, "a".repeat(64), DETERMINED.plusDays(1))) {
                            LocalDate on = DETERMINED.toLocalDate().plusDays(1);
                            deal.takeEffect("b".repeat(64), DETERMINED.plusDays(1), SettlementRules.paymentDue(on, Calendars.official()));
                            Deal d = deal;
                            d.apply(ledger.of(Ledger.buyer(d.getId())).negate()).forEach(ledger::post);
                        }
                    }
                }
                case 5, 6 -> { // the buyer pays some amount (5) or exactly what is left (6) quoting the deal's reference
                    if (deal != null) {
                        BigDecimal left = deal.amountDue().add(deal.getBuyerFee()).subtract(deal.getPriceReceived())
                                .subtract(deal.getBuyerFeePaid()).add(ledger.of(Ledger.buyer(deal.getId())));
                        BigDecimal paid = s.kind() == 6 && left.signum() > 0 ? left : amount;
                        deal.receive(paid, "T" + nextId++, ledger.of(Ledger.buyer(deal.getId()))).forEach(ledger::post);
                    }
                }
                case 7 -> { // staff try to issue the certificate
                    if (deal != null) {
                        boolean complete = deal.getStatus() == Deal.Status.PAID;
                        if (complete) {
                            deal.certify(DETERMINED.plusDays(10));
                            certified = true;
                        } else {
                            Deal d = deal;
                            assertThatThrownBy(() -> d.certify(DETERMINED.plusDays(10))).isInstanceOf(ConflictException.class);
                        }
                    }
                }
                case 8 -> { // a deadline is missed, staff forfeit — unless the transferor is the one that did not sign
                    if (deal != null && (deal.getStatus() == Deal.Status.SIGNING || deal.getStatus() == Deal.Status.PAYING)) {
                        deal.openDefault("deadline missed");
                        if (deal.defaultedBy() == Deal.Party.SELLER) {
                            assertThatThrownBy(deal::forfeit).isInstanceOf(ConflictException.class);
                            deal.dismissDefault(null);
                        } else {
                            deal.forfeit().forEach(ledger::post);
                        }
                    }
                }
                default -> { // after the certificate: the price released and paid out to the transferor
                    if (deal != null && deal.getStatus() == Deal.Status.CERTIFIED && !deal.isPaidOut()) {
                        ledger.post(deal.releaseToTransferor());
                        assertThat(ledger.of(Ledger.price(deal.getId()))).isZero();
                    }
                }
            }
            assertThat(ledger.total()).isZero();
            assertThat(ledger.of(Ledger.BANK)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            ledger.asMap().forEach((account, balance) -> {
                if (!Ledger.debitNormal(account)) {
                    assertThat(balance).as(account).isLessThanOrEqualTo(BigDecimal.ZERO);
                }
            });
            if (deal != null) {
                if (deal.getStatus() != Deal.Status.FORFEITED && !deal.isPaidOut()) {
                    BigDecimal held = deal.getPriceReceived().subtract(deal.isSellerFeePaid() ? deal.getSellerFee() : BigDecimal.ZERO);
                    assertThat(ledger.of(Ledger.price(deal.getId())).negate()).isEqualByComparingTo(held);
                }
                if (deal.getStatus() == Deal.Status.CERTIFIED) {
                    assertThat(certified).isTrue();
                    assertThat(deal.getPriceReceived()).isEqualByComparingTo(deal.amountDue());
                    assertThat(deal.getBuyerFeePaid()).isEqualByComparingTo(deal.getBuyerFee());
                    assertThat(deal.isSellerFeePaid()).isTrue();
                    assertThat(deal.getSignedSha256()).isNotNull();
                }
                if (deal.getStatus() == Deal.Status.FORFEITED) {
                    // rule 33: the buyer lost the deposit, no more; fees first, the rest to the transferor
                    BigDecimal fees = DEPOSIT.min(deal.getBuyerFee().add(deal.getSellerFee()));
                    assertThat(ledger.of(Ledger.transferor(deal.getId())).negate()).isEqualByComparingTo(DEPOSIT.subtract(fees));
                }
            }
        }
        // the histories reach every end: checked in the report
        Statistics.label("end").collect(deal == null ? "no deal" : deal.getStatus() + (deal.isPaidOut() ? " paid out" : ""));
    }

    private static Deal newDeal(boolean instalments) {
        Deal d = new Deal(1, 1, FeeTable.Method.BIDDING, 100, WINNER, 200, PRICE, DEPOSIT,
                FEES.fee(FeeTable.Method.BIDDING, FeeTable.Side.BUYER, PRICE, PRICE),
                FEES.fee(FeeTable.Method.BIDDING, FeeTable.Side.SELLER, PRICE, PRICE), "CHANGSHA", DETERMINED,
                DETERMINED.plusDays(7));
        setId(d, 7L);
        return d;
    }

    private static PaymentPlan plan(boolean instalments) {
        return instalments ? new PaymentPlan(2, new BigDecimal("400000.00"), DETERMINED.toLocalDate().plusMonths(11),
                new BigDecimal("3.000"), "东湖融资担保有限公司连带责任保证") : PaymentPlan.lumpSum(PRICE);
    }

    private static Disbursement refund(long id, long app) {
        Disbursement d = new Disbursement(Disbursement.Kind.DEPOSIT_REFUND, app, null, 1, "bidder " + app, "6222", DEPOSIT,
                DETERMINED.toLocalDate().plusDays(3), DETERMINED);
        setId(d, id);
        return d;
    }

    static void setId(Object entity, long id) {
        try {
            var f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
