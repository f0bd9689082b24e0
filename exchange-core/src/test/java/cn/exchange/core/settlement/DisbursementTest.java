package cn.exchange.core.settlement;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A debit on the bank statement pays the instruction whose reference it quotes, once, to the cent. */
class DisbursementTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-10T10:00:00+08:00");

    static Disbursement refund() {
        return new Disbursement(Disbursement.Kind.DEPOSIT_REFUND, 11L, null, 5, "东湖投资有限公司", "6222000011112222",
                new BigDecimal("200000.00"), LocalDate.of(2026, 11, 12), NOW);
    }

    @Test
    void aDebitPaysItsInstructionOnceAndOnlyForTheWholeAmount() {
        Disbursement d = refund();
        assertThat(Disbursement.match(d, new BigDecimal("199999.99"))).isEqualTo(Disbursement.DebitMatch.WRONG_AMOUNT);
        assertThat(Disbursement.match(d, new BigDecimal("200000.01"))).isEqualTo(Disbursement.DebitMatch.WRONG_AMOUNT);
        assertThat(Disbursement.match(d, new BigDecimal("200000"))).as("200000 is 200000.00").isEqualTo(Disbursement.DebitMatch.PAID);
        d.paid("D-1", new BigDecimal("200000.00"), NOW.plusDays(1));
        assertThat(d.getStatus()).isEqualTo(Disbursement.Status.PAID);
        assertThat(Disbursement.match(d, new BigDecimal("200000.00"))).isEqualTo(Disbursement.DebitMatch.ALREADY_PAID);
    }

    @Test
    void aReferenceNamingNoInstructionIsUnknown() {
        assertThat(Disbursement.match(null, new BigDecimal("200000.00"))).isEqualTo(Disbursement.DebitMatch.UNKNOWN_REFERENCE);
    }
}
