package cn.exchange.core.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CnyFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.00          | 0.00 元              | 0 万元",
            "1.00          | 1.00 元              | 0.0001 万元",
            "30000.00      | 30,000.00 元         | 3 万元",
            "1234567.80    | 1,234,567.80 元      | 123.45678 万元",
            "10000000.00   | 10,000,000.00 元     | 1,000 万元",
            "0.01          | 0.01 元              | 0.000001 万元",
    })
    void yuanAndWan(BigDecimal amount, String yuan, String wan) {
        assertThat(CnyFormat.yuan(amount)).isEqualTo(yuan);
        assertThat(CnyFormat.wan(amount)).isEqualTo(wan);
    }
}
