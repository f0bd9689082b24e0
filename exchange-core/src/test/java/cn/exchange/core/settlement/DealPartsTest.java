package cn.exchange.core.settlement;

import cn.exchange.core.listing.TransactionType;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static cn.exchange.core.settlement.DealTest.DETERMINED;
import static cn.exchange.core.settlement.DealTest.PRICE;
import static cn.exchange.core.settlement.DealTest.SHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deal's embedded {@link Contract} when JPA loads it as null: a deal whose signing deadline awaits its year's
 * calendar and whose contract is not prepared has all the contract's columns null, and EclipseLink then leaves the field
 * null. Such a deal reads as unprepared and unsigned, reading never creates the contract (which would make EclipseLink
 * write the row and bump its version), and a refused verb creates none either.
 */
class DealPartsTest {

    static final OffsetDateTime LATER = DETERMINED.plusYears(1);

    @Test
    void aDealReloadedWithAnAllNullContractReadsAsUnpreparedAndUnsignedWithoutCreatingIt() throws Exception {
        Deal deal = reloadedWithoutContract();
        assertThat(deal.getSignDeadline()).isNull();
        assertThat(deal.getContractKind()).isNull();
        assertThat(deal.getContractSha256()).isNull();
        assertThat(deal.getBuyerSignedAt()).isNull();
        assertThat(deal.getSellerSignedAt()).isNull();
        assertThat(deal.getSignedSha256()).isNull();
        assertThat(deal.getEffectiveAt()).isNull();
        assertThat(deal.mayPrepare()).isTrue();
        assertThat(deal.maySign(Deal.Party.BUYER, LATER)).isFalse();
        assertThat(deal.maySign(Deal.Party.SELLER, LATER)).isFalse();
        assertThat(deal.overdue(LATER)).as("a deadline awaiting its calendar has not passed").isNull();
        assertThat(deal.scheduleAwaitingCalendar()).isFalse();
        assertThat(deal.schedule()).isEmpty();
        assertThat(deal.defaultedBy()).isNull();
        assertThat(contractOf(deal)).as("reading created no contract").isNull();
    }

    @Test
    void refusedVerbsCreateNoContract() throws Exception {
        Deal deal = reloadedWithoutContract();
        assertThatThrownBy(() -> deal.sign(Deal.Party.BUYER, SHA, DETERMINED))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("contract.notPrepared"));
        assertThatThrownBy(() -> deal.scheduleFrom(DETERMINED.toLocalDate().plusDays(7)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("settlement.wrongStatus"));
        // a plan rule 28 refuses (nine parts): refused before anything is kept
        assertThatThrownBy(() -> deal.prepareContract(ContractTemplate.Kind.EQUITY, new PaymentPlan(9, PRICE, null, null, null),
                TransactionType.EQUITY_TRANSFER, SHA, DETERMINED.toLocalDate())).isInstanceOf(DomainException.class);
        assertThat(contractOf(deal)).isNull();
        assertThat(deal.getInterest()).isEqualByComparingTo("0");
    }

    @Test
    void theFirstChangeCreatesTheContractAndSigningGoesOnAsBefore() throws Exception {
        Deal deal = reloadedWithoutContract();
        deal.prepareContract(ContractTemplate.Kind.EQUITY, PaymentPlan.lumpSum(PRICE), TransactionType.EQUITY_TRANSFER, SHA,
                DETERMINED.toLocalDate());
        assertThat(contractOf(deal)).isNotNull();
        assertThat(deal.getContractSha256()).isEqualTo(SHA);
        assertThat(deal.getSignDeadline()).as("still awaiting its calendar").isNull();
        assertThat(deal.sign(Deal.Party.BUYER, SHA, LATER)).as("no deadline yet: signing is open").isFalse();
        assertThat(deal.mayPrepare()).isFalse();
        OffsetDateTime deadline = DETERMINED.plusDays(7);
        deal.signBy(deadline);
        assertThat(deal.getSignDeadline()).isEqualTo(deadline);
        assertThatThrownBy(() -> deal.signBy(deadline.plusDays(1))).isInstanceOf(ConflictException.class);
        assertThat(deal.overdue(deadline.plusSeconds(1))).contains("转让方（甲方）未在");
    }

    @Test
    void theSigningDeadlineAloneCreatesTheContract() throws Exception {
        Deal deal = reloadedWithoutContract();
        deal.signBy(DETERMINED.plusDays(7));
        assertThat(contractOf(deal)).isNotNull();
        assertThat(deal.getContractSha256()).isNull();
        assertThat(deal.maySign(Deal.Party.BUYER, DETERMINED)).as("not prepared yet").isFalse();
        assertThat(deal.overdue(DETERMINED.plusDays(8))).startsWith("受让方（乙方）与转让方（甲方）均未在");
        deal.openDefault("unsigned");
        assertThat(deal.defaultedBy()).isEqualTo(Deal.Party.BUYER);
        deal.dismissDefault(DETERMINED.plusDays(20), LocalDate.of(2027, 1, 1));
        assertThat(deal.getSignDeadline()).isEqualTo(DETERMINED.plusDays(20));
    }

    /** A signing deal as JPA loads it when every contract column is null (its deadline awaiting its year's calendar). */
    static Deal reloadedWithoutContract() throws ReflectiveOperationException {
        Deal deal = DealTest.deal();
        Field f = Deal.class.getDeclaredField("contract");
        f.setAccessible(true);
        f.set(deal, null);
        return deal;
    }

    static Object contractOf(Deal deal) throws ReflectiveOperationException {
        Field f = Deal.class.getDeclaredField("contract");
        f.setAccessible(true);
        return f.get(deal);
    }
}
