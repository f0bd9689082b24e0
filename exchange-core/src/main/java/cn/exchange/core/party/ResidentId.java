package cn.exchange.core.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-digit resident identity card number (居民身份证号码, GB 11643-1999): a 6-digit address code, the birth date
 * YYYYMMDD, a 3-digit sequence (odd = male) and a check character.
 *
 * <p>Check (docs/rules.md §6.2, rule 35): weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 on the first 17 digits; r = Σ mod 11
 * maps r = 0…10 to 1 0 X 9 8 7 6 5 4 3 2. The birth date must exist and not lie in the future. Unlike the credit code,
 * a resident ID that fails is rejected: there are no irregular legacy numbers to tolerate.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    /** Why a number was refused. */
    public enum Problem {
        /** Not 17 digits followed by a digit or X. */
        MALFORMED,
        /** The birth date does not exist or lies in the future. */
        BAD_BIRTH_DATE,
        /** The check character does not match. */
        CHECK_FAILED
    }

    private ResidentId() {
    }

    public static String normalise(String input) {
        return input == null ? "" : input.trim().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Empty when the number is valid on {@code today}; otherwise the first problem found. */
    public static Optional<Problem> check(String input, LocalDate today) {
        String id = normalise(input);
        if (!id.matches("\\d{17}[\\dX]")) {
            return Optional.of(Problem.MALFORMED);
        }
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().getYear() < 1850) {
            return Optional.of(Problem.BAD_BIRTH_DATE);
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            return Optional.of(Problem.CHECK_FAILED);
        }
        return Optional.empty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** 110105********002X: enough for a person to recognise their own number, not enough to copy it. */
    public static String masked(String id) {
        String n = normalise(id);
        return n.length() == 18 ? n.substring(0, 6) + "********" + n.substring(14) : n;
    }
}
