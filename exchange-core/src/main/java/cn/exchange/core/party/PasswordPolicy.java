package cn.exchange.core.party;

import cn.exchange.core.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters, at most 128; at least three of lower case, upper case, digits and
 * other characters; not containing the user name; not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "1234567890", "12345678910",
            "qwertyuiop", "1q2w3e4r5t", "abc1234567", "woaini1314", "aa123456789", "a123456789", "qwerty123456",
            "iloveyou123", "admin12345", "administrator", "p@ssw0rd123", "passw0rd!", "welcome123", "zhang123456",
            "exchange123", "changeme123");

    private PasswordPolicy() {
    }

    public static List<FieldProblem> check(String field, String password, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(FieldProblem.of(field, "password.tooShort", MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(FieldProblem.of(field, "password.tooLong", MAX_LENGTH));
            return problems;
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add(FieldProblem.of(field, "password.tooSimple"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add(FieldProblem.of(field, "password.common"));
        }
        if (username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "password.containsUsername"));
        }
        return problems;
    }
}
