package cn.exchange.core.qualification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 16 and the statement file: payment references, matching, malformed lines. */
class DepositTest {

    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-12-18T17:00+08:00");
    static final DepositRules.Expected EXPECTED = new DepositRules.Expected("东湖新能源科技有限公司", new BigDecimal("50000.00"), DEADLINE, false);

    @Test
    void aReferenceCarriesACheckDigitThatCatchesATypo() {
        String ref = PaymentReference.of(1234);
        assertThat(ref).hasSize(15).startsWith("8866");
        assertThat(PaymentReference.parse(ref)).contains(1234L);
        assertThat(PaymentReference.parse("保证金 " + ref + " 东湖")).contains(1234L);
        String typo = ref.substring(0, 10) + (char) ('0' + (ref.charAt(10) - '0' + 1) % 10) + ref.substring(11);
        assertThat(PaymentReference.parse(typo)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "right payer, enough, in time           | 东湖新能源科技有限公司     | 50000.00 | 2026-12-18T16:59+08:00 | MATCHED",
            "more than the deposit                  | 东湖新能源科技有限公司     | 60000.00 | 2026-12-18T10:00+08:00 | MATCHED",
            "brackets and spaces as banks print them | 东湖新能源科技 有限公司    | 50000.00 | 2026-12-18T10:00+08:00 | MATCHED",
            "a third party paid                     | 东湖投资有限公司          | 50000.00 | 2026-12-18T10:00+08:00 | WRONG_PAYER",
            "one fen short                          | 东湖新能源科技有限公司     | 49999.99 | 2026-12-18T10:00+08:00 | SHORT",
            "one minute late                        | 东湖新能源科技有限公司     | 50000.00 | 2026-12-18T17:01+08:00 | LATE",
    })
    void matching(String name, String payer, BigDecimal amount, OffsetDateTime at, DepositMatch expected) {
        assertThat(DepositRules.match(new BankCredit("T1", at, amount, payer, "6222000011112222", "ref"), EXPECTED)).isEqualTo(expected);
    }

    @Test
    void aSecondPaymentAndAnUnknownReferenceAreNeverCounted() {
        BankCredit c = new BankCredit("T2", DEADLINE.minusDays(1), new BigDecimal("50000.00"), "东湖新能源科技有限公司", "1", "x");
        assertThat(DepositRules.match(c, new DepositRules.Expected("东湖新能源科技有限公司", new BigDecimal("50000.00"), DEADLINE, true)))
                .isEqualTo(DepositMatch.ALREADY_PAID);
        assertThat(DepositRules.match(c, null)).isEqualTo(DepositMatch.UNKNOWN_REFERENCE);
    }

    @Test
    void theStatementFileReportsBadLinesAndKeepsGoodOnes() {
        String csv = "\uFEFF银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "B001,2026-12-01 10:15:00,50000.00,东湖新能源科技有限公司,6222000011112222,886600000012349\n"
                + "B002,2026-12-01 10:16:00,-5,某人,1,x\n"
                + "B001,2026-12-01 10:17:00,1.00,某人,1,x\n"
                + "B003,2026-13-01 10:18:00,1.001,某人,1,x\n"
                + "B004,2026-12-02T09:00:00+08:00,\"12000.505\",陈明,6222,8866\n"
                + "B005,2026-12-02T09:30:00+08:00,\"12,000.50\",\"东湖贸易有限公司,北京分公司\",6222,8866\n";
        StatementFile.Parsed p = StatementFile.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.credits()).extracting(l -> l.credit().bankTransactionId()).containsExactly("B001", "B005");
        // a quoted field keeps its comma
        assertThat(p.credits().get(1).credit().payerName()).isEqualTo("东湖贸易有限公司,北京分公司");
        assertThat(p.credits().get(1).credit().amount()).isEqualByComparingTo("12000.50");
        assertThat(p.credits().get(0).credit().receivedAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T10:15+08:00"));
        assertThat(p.problems()).extracting(x -> x.line() + ":" + x.problem().field() + ":" + x.problem().code()).containsExactly(
                "3:amount:import.notAnAmount",
                "4:bankTransactionId:statement.duplicateInFile",
                "5:receivedAt:import.notADate", "5:amount:import.notAnAmount",
                "6:amount:import.notAnAmount");
    }
}
