package cn.exchange.core.party;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident ID check (mod 11-2) and birth date, with the vectors of docs/rules.md §6.2. */
class ResidentIdTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "11010519491231002X, ",                 // docs/rules.md: valid
            "440524188001010014, ",                 // docs/rules.md: valid (born 1880)
            "11010519491231002x, ",                 // lower-case x is what people type
            "110105194912310021, CHECK_FAILED",
            "440524188001010015, CHECK_FAILED",
            "110105194902300027, BAD_BIRTH_DATE",   // 30 February
            "110105203001010011, BAD_BIRTH_DATE",   // in the future
            "11010519491231002, MALFORMED",
            "1101051949123100XX, MALFORMED",
            "A1010519491231002X, MALFORMED",
    })
    void vectors(String id, ResidentId.Problem expected) {
        assertThat(ResidentId.check(id, TODAY)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "44052418800101001, 4"})
    void checkCharacter(String first17, char expected) {
        assertThat(ResidentId.checkCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 110105********002X"})
    void maskedForDisplay(String id, String masked) {
        assertThat(ResidentId.masked(id)).isEqualTo(masked);
    }
}
