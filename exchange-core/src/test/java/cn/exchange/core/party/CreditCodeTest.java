package cn.exchange.core.party;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The unified social credit code check, with the vectors of docs/rules.md §6.1. */
class CreditCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "91310115591693856A, VALID",          // docs/rules.md: valid; embedded organisation code 59169385-6
            "91350100M0001TGQXM, CHECK_FAILED",   // docs/rules.md: an early pilot code; computed check character is 1
            "91350100M0001TGQX1, VALID",          // the same code with its computed check character is regular
            "91310115591693856B, CHECK_FAILED",   // one character off
            "91310115591693856, MALFORMED",       // 17 characters
            "91310115591693856AA, MALFORMED",     // 19 characters
            "9131011559169385IA, MALFORMED",      // I is not in the 31-symbol set
            "9131011559169385OA, MALFORMED",      // nor O
            "'', MALFORMED",
    })
    void vectors(String code, CreditCode.Verdict expected) {
        assertThat(CreditCode.check(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"91310115591693856A, A", "91350100M0001TGQXM, 1"})
    void checkCharacterAsDomainMdComputesIt(String code, char expected) {
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"' 91310115591693856a ', 91310115591693856A", "９１３１０１１５５９１６９３８５６Ａ, 91310115591693856A"})
    void whatPeopleTypeIsNormalised(String typed, String normalised) {
        assertThat(CreditCode.normalise(typed)).isEqualTo(normalised);
        assertThat(CreditCode.check(typed)).isEqualTo(CreditCode.Verdict.VALID);
    }

    @Property
    void anyCodeBuiltByTheRulesIsValidAndAnyChangedCharacterIsCaught(@ForAll("codes") String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Verdict.VALID);
        char last = code.charAt(17);
        char other = CreditCode.SYMBOLS.charAt((CreditCode.SYMBOLS.indexOf(last) + 1) % 31);
        assertThat(CreditCode.check(code.substring(0, 17) + other)).isEqualTo(CreditCode.Verdict.CHECK_FAILED);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> head = Arbitraries.of("11", "12", "51", "52", "91", "92", "93");
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> org = Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(8);
        return net.jqwik.api.Combinators.combine(head, region, org).as((h, r, o) -> {
            String nine = o + CreditCode.organisationCodeCheck(o).orElseThrow();
            if (nine.charAt(8) == 'X' || CreditCode.SYMBOLS.indexOf(nine.charAt(8)) >= 0) {
                String first17 = h + r + nine;
                return first17 + CreditCode.checkCharacter(first17);
            }
            return null;
        }).filter(java.util.Objects::nonNull);
    }
}
