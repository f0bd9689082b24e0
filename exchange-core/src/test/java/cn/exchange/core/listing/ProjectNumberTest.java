package cn.exchange.core.listing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Docs/rules.md §9: the project number carries the configured exchange code, the year, the category and a sequence. */
class ProjectNumberTest {

    @Test
    void theNumberIsTheExchangeTheYearTheCategoryAndSixDigits() {
        assertThat(new ProjectNumber("DH", 2026, Category.EQUITY_TRANSFER, 12)).hasToString("DH2026CQ000012");
        assertThat(new ProjectNumber("DH", 2027, Category.ADMINISTRATIVE_ASSET, 999_999)).hasToString("DH2027XZ999999");
    }

    @Test
    void anotherExchangeNumbersWithItsOwnCode() {
        assertThat(new ProjectNumber("BJCQ", 2026, Category.LAND_USE_RIGHT, 3)).hasToString("BJCQ2026TD000003");
    }

    @Test
    void everyCategoryHasItsOwnCode() {
        assertThat(java.util.Arrays.stream(Category.values()).map(ProjectNumber::code).distinct()).hasSize(Category.values().length);
    }

    @Test
    void aMisconfiguredCodeIsRefusedAndALongSequencePrintedInFull() {
        assertThatThrownBy(() -> new ProjectNumber("dh", 2026, Category.EQUITY_TRANSFER, 1)).hasMessageContaining("exchange.code");
        assertThatThrownBy(() -> new ProjectNumber("DH-1", 2026, Category.EQUITY_TRANSFER, 1)).hasMessageContaining("exchange.code");
        assertThat(new ProjectNumber("DH", 2026, Category.EQUITY_TRANSFER, 1_000_000)).as("the sequence outgrows six digits")
                .hasToString("DH2026CQ1000000");
    }
}
