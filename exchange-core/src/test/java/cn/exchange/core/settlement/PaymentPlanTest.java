package cn.exchange.core.settlement;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 28's schedule: the parts fall due one after another, the first after the down payment's due
 * date, the last within a year of the contract taking effect, and no part's interest is negative — so the buyer never
 * owes less than the price. Refusals name the field, in Chinese and English.
 */
class PaymentPlanTest {

    static final WorkingDayCalendar CAL = Calendars.official();
    static final BigDecimal PRICE = new BigDecimal("1250000.00");
    static final BigDecimal DOWN = new BigDecimal("375000.00");
    static final BigDecimal RATE = new BigDecimal("3.000");
    /** Prepared on Monday 2 November 2026, the day the buyer was determined: signing closes Monday 9 November 17:00. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final OffsetDateTime SIGN_DEADLINE = SettlementRules.workingDaysAfter(
            OffsetDateTime.parse("2026-11-02T10:00+08:00"), SettlementRules.SIGNING_WD, CAL);
    /** Effective at the deadline at the latest: the down payment is due by Monday 16 November. */
    static final LocalDate LATEST_FIRST_DUE = SettlementRules.latestFirstPaymentDue(SIGN_DEADLINE, CAL);

    static PaymentPlan plan(int parts, LocalDate lastDueOn) {
        return new PaymentPlan(parts, DOWN, lastDueOn, RATE, "东湖融资担保有限公司连带责任保证");
    }

    static PaymentPlan validate(int parts, LocalDate lastDueOn) {
        return plan(parts, lastDueOn).validate(PRICE, TransactionType.EQUITY_TRANSFER, TODAY, LATEST_FIRST_DUE);
    }

    @Test
    void theLatestDownPaymentDueDateIsFiveWorkingDaysAfterTheSigningDeadline() {
        assertThat(SIGN_DEADLINE).isEqualTo(OffsetDateTime.parse("2026-11-09T17:00+08:00"));
        assertThat(LATEST_FIRST_DUE).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @ParameterizedTest(name = "{0} part(s), last due {1}: {2}")
    @CsvSource({
            // the case: after the contract takes effect, before the down payment is due
            "1, 2026-11-05, settlement.partsAfterFirstPayment",
            "2, 2026-11-05, settlement.partsAfterFirstPayment",
            // on the down payment's (latest) due date: the part would carry no interest, and with two parts one would precede it
            "1, 2026-11-16, settlement.partsAfterFirstPayment",
            "1, 2026-11-17, ok",
            "2, 2026-11-17, settlement.partsAfterFirstPayment",
            "2, 2026-11-18, ok",
            "4, 2026-11-19, settlement.partsAfterFirstPayment",
            "4, 2026-11-20, ok",
            // the last within one year of the contract taking effect (at the earliest, today)
            "4, 2027-11-02, ok",
            "4, 2027-11-03, settlement.balanceWithinAYear",
            // on or before the day it is prepared
            "1, 2026-11-02, settlement.balanceWithinAYear",
    })
    void thePartsFollowTheDownPaymentAndEndWithinAYear(int parts, LocalDate lastDueOn, String expected) {
        if (expected.equals("ok")) {
            assertThat(validate(parts, lastDueOn).lastDueOn()).isEqualTo(lastDueOn);
        } else {
            assertThatThrownBy(() -> validate(parts, lastDueOn)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.problems().get(0).field()).isEqualTo("lastDueOn");
                assertThat(e.code()).isEqualTo(expected);
            });
        }
    }

    @Test
    void theRefusalSaysWhenTheLastPartMayFallDueInBothLanguages() {
        assertThatThrownBy(() -> validate(2, LocalDate.of(2026, 11, 5))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("各期价款须依次在前一期之后到期：首期价款最迟于 2026-11-16 到期，2 期余款的最后一期最早为 2026-11-18。");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("Each instalment falls due after the one before it: the down payment"
                    + " is due by 2026-11-16, so the last of 2 parts is due on 2026-11-18 at the earliest.");
        });
    }

    @Test
    void withoutTheSigningDeadlineTheDownPaymentIsDueNoEarlierThanFiveDaysAfterToday() {
        assertThatThrownBy(() -> plan(1, TODAY.plusDays(5)).validate(PRICE, TransactionType.EQUITY_TRANSFER, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("settlement.partsAfterFirstPayment"));
        assertThat(plan(1, TODAY.plusDays(6)).validate(PRICE, TransactionType.EQUITY_TRANSFER, TODAY).instalments()).isEqualTo(1);
    }

    @Test
    void aScheduleWhosePartsPrecedeTheDownPaymentIsNeverComputed() {
        // a plan that escaped validation (e.g. checked before the contract took effect later than expected): no negative interest
        assertThatThrownBy(() -> plan(2, LocalDate.of(2026, 11, 12)).schedule(PRICE, LocalDate.of(2026, 11, 16)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("lastDueOn");
                    assertThat(e.code()).isEqualTo("settlement.partsAfterFirstPayment");
                });
    }

    /** Staff moving the signing deadline of an instalment contract one side has signed may not break its schedule. */
    @Test
    void aNewSigningDeadlineMustLeaveTheScheduleValid() {
        Deal deal = DealTest.deal();   // determined Mon 2 Nov 2026, signing closes Mon 9 Nov 17:00
        String sha = "a".repeat(64);
        // two parts, the last on 20 November: valid for a down payment due by 16 November (+ 2 days)
        deal.prepareContract(ContractTemplate.Kind.EQUITY, new PaymentPlan(2, new BigDecimal("375000.00"), LocalDate.of(2026, 11, 20),
                RATE, "保证"), TransactionType.EQUITY_TRANSFER, sha, TODAY, LATEST_FIRST_DUE);
        deal.sign(Deal.Party.BUYER, sha, OffsetDateTime.parse("2026-11-03T09:00+08:00"));
        deal.openDefault(deal.overdue(OffsetDateTime.parse("2026-11-09T17:01+08:00")));
        // a deadline of Fri 20 Nov: the down payment could fall due on 27 Nov, after the last part
        OffsetDateTime tooLate = OffsetDateTime.parse("2026-11-20T17:00+08:00");
        assertThatThrownBy(() -> deal.dismissDefault(tooLate, SettlementRules.latestFirstPaymentDue(tooLate, CAL)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("newSignDeadline");
                    assertThat(e.code()).isEqualTo("settlement.partsAfterFirstPayment");
                });
        assertThat(deal.getStatus()).isEqualTo(Deal.Status.DEFAULTED);
        // Tue 10 Nov: due by 17 Nov, the parts on 18/19 and 20 Nov
        OffsetDateTime inTime = OffsetDateTime.parse("2026-11-10T17:00+08:00");
        deal.dismissDefault(inTime, SettlementRules.latestFirstPaymentDue(inTime, CAL));
        assertThat(deal.sign(Deal.Party.SELLER, sha, inTime.minusHours(1))).isTrue();
        deal.takeEffect("c".repeat(64), inTime.minusHours(1), SettlementRules.paymentDue(inTime.toLocalDate(), CAL));
        assertThat(deal.schedule()).extracting(PaymentPlan.Due::interest).allSatisfy(i -> assertThat(i).isNotNegative());
    }

    @Test
    void everyValidScheduleRisesDayByDayAndCostsAtLeastThePrice() {
        for (int parts = 1; parts <= 4; parts++) {
            for (LocalDate last = LATEST_FIRST_DUE.plusDays(parts); !last.isAfter(TODAY.plusYears(1)); last = last.plusDays(7)) {
                PaymentPlan p = validate(parts, last);
                // the contract may take effect any day of the signing period: the earliest and the latest
                for (LocalDate firstDue : List.of(SettlementRules.paymentDue(TODAY, CAL), LATEST_FIRST_DUE)) {
                    List<PaymentPlan.Due> dues = p.schedule(PRICE, firstDue);
                    assertThat(dues).hasSize(parts + 1);
                    for (int i = 1; i < dues.size(); i++) {
                        assertThat(dues.get(i).dueOn()).as("part %d of %s", i, last).isAfter(dues.get(i - 1).dueOn());
                        assertThat(dues.get(i).interest()).isNotNegative();
                        assertThat(dues.get(i).interest().scale()).isEqualTo(2);
                    }
                    assertThat(dues.stream().map(PaymentPlan.Due::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                            .isEqualByComparingTo(PRICE);
                    assertThat(p.interest(PRICE, firstDue)).isPositive();
                }
            }
        }
    }
}
