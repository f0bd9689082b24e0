package cn.exchange.core.party;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol set.
 *
 * <p>Rules (docs/rules.md §6.1, rule 35): position 1 is the registration authority, position 2 the organisation type,
 * 3–8 the administrative division, 9–17 the organisation code (GB 11714, with its own check character at 17), and 18
 * the check character: weights 3^(i−1) mod 31 on positions 1–17, c = 31 − (Σ value × weight mod 31), 31 → 0.
 *
 * <p>A code that is well-formed but whose check character does not match is not rejected outright: some early pilot
 * codes are irregular (e.g. {@code 91350100M0001TGQXM}), so a failed check is a <em>warning</em> that staff may
 * override with a recorded reason. A code of the wrong length or with a character outside the set is an error.
 */
public final class CreditCode {

    /** The 31 symbols; each symbol's value is its index. No I, O, Z, S or V. */
    static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** How a candidate code fared. */
    public enum Verdict {
        /** Well-formed and both check characters match. */
        VALID,
        /** Well-formed, but a check character does not match: a warning staff may override. */
        CHECK_FAILED,
        /** Wrong length or a character outside the set: rejected. */
        MALFORMED
    }

    private CreditCode() {
    }

    /** Upper-cases and trims what a person typed; full-width characters are folded to ASCII. */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : input.trim().toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            if (!Character.isWhitespace(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static Verdict check(String input) {
        String code = normalise(input);
        if (code.length() != 18) {
            return Verdict.MALFORMED;
        }
        for (int i = 0; i < 18; i++) {
            if (SYMBOLS.indexOf(code.charAt(i)) < 0) {
                return Verdict.MALFORMED;
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Verdict.CHECK_FAILED;
        }
        return organisationCodeValid(code.substring(8, 17)) ? Verdict.VALID : Verdict.CHECK_FAILED;
    }

    /**
     * A valid code from its registration part (authority, type and region: 8 characters, e.g. {@code 91310115}) and an
     * 8-digit organisation number: both check characters are computed. For test and demo data.
     */
    public static String compose(String registration8, String organisation8) {
        String nine = organisation8 + organisationCodeCheck(organisation8).orElseThrow();
        String first17 = registration8 + nine;
        return first17 + checkCharacter(first17);
    }

    /** The check character (position 18) for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = SYMBOLS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code symbol: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return SYMBOLS.charAt(c == 31 ? 0 : c);
    }

    /**
     * The embedded organisation code's check (GB 11714): weights 3,7,9,10,5,8,4,2 on the first 8 characters (0–9 then
     * A=10 … Z=35), check = 11 − (Σ mod 11), 10 → X, 11 → 0. Codes issued without an organisation code carry
     * characters this scheme cannot check; those are reported by {@link #organisationCodeCheck(String)} as empty.
     */
    static boolean organisationCodeValid(String nine) {
        return organisationCodeCheck(nine.substring(0, 8)).map(c -> c == nine.charAt(8)).orElse(true);
    }

    static Optional<Character> organisationCodeCheck(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = eight.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') {
                v = ch - '0';
            } else if (ch >= 'A' && ch <= 'Z') {
                v = ch - 'A' + 10;
            } else {
                return Optional.empty();
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return Optional.of(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
    }
}
