package cn.exchange.core.party;

import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Short1!                | password.tooShort",
            "alllowercaseletters    | password.tooSimple",
            "ALLUPPER12345          | password.tooSimple",
            "Password123            | password.common",
            "password123            | password.tooSimple password.common",
            "wang.wei@example.cn1A  | password.containsUsername",
            "ALLUPPER1234$          | password.weak.word",
            "ZHANG-WEI-LOT-2026      | ",
            "Tr0ub4dor&3xyz         | ",
            "长城Great-Wall-2026     | ",
            "Password12             | password.weak.common",
            "Aa1aaaaaaa             | password.weak.common",
            "Abcdefgh12             | password.weak.sequence",
            "Qwertyuiop1            | password.weak.common",
            "Test-Password-2026     | password.weak.common",
            "Li-Na-Bidder-2026      | ",
    })
    void rules(String password, String expectedCodes) {
        var codes = PasswordPolicy.check("password", password, "wang.wei@example.cn").stream().map(FieldProblem::code).toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                expectedCodes == null ? java.util.List.of() : Arrays.asList(expectedCodes.trim().split(" ")));
    }
}
