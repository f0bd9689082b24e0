package cn.exchange.core.party;

import cn.exchange.core.shared.FieldProblem;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.scoring.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters, at most 128; at least three of lower case, upper case, digits and
 * other characters; not containing the user name; not one of the passwords every attacker tries first; and hard to
 * guess by the estimate of nbvcxz (zxcvbn's method: leaked-password and word dictionaries, sequences, repeats, keyboard
 * patterns, dates), at least {@link #MIN_SCORE} of its 0–4 scale — "Password12" and "Aa1aaaaaaa" pass the character
 * rules and fail here. The refusal names what makes it guessable.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** nbvcxz's basic score (0 = top-10 password … 4 = very unlikely to be guessed); 3 and up are accepted. */
    public static final int MIN_SCORE = 3;

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
        if (problems.isEmpty()) {
            weakness(password).ifPresent(key -> problems.add(FieldProblem.of(field, key)));
        }
        return problems;
    }

    /** The message key saying why the password is easy to guess, if it is. */
    static java.util.Optional<String> weakness(String password) {
        Result r = Estimator.estimate(password);
        if (r.getBasicScore() >= MIN_SCORE) {
            return java.util.Optional.empty();
        }
        // the reason is the longest pattern the estimate found in the password
        Match worst = null;
        for (Match m : r.getMatches()) {
            if (!(m instanceof BruteForceMatch) && !(m instanceof SeparatorMatch)
                    && (worst == null || m.getToken().length() > worst.getToken().length())) {
                worst = m;
            }
        }
        String kind;
        if (worst instanceof DictionaryMatch d) {
            kind = "passwords".equals(d.getDictionaryName()) ? "common" : "word";
        } else if (worst instanceof SequenceMatch) {
            kind = "sequence";
        } else if (worst instanceof RepeatMatch) {
            kind = "repeat";
        } else if (worst instanceof SpacialMatch) {
            kind = "keyboard";
        } else if (worst instanceof YearMatch || worst instanceof DateMatch) {
            kind = "date";
        } else {
            kind = "guessable";
        }
        return java.util.Optional.of("password.weak." + kind);
    }

    /** One estimator for the process: building it loads the dictionaries (about a second); estimates are serialised. */
    private static final class Estimator {
        private static final Nbvcxz NBVCXZ = new Nbvcxz();

        static synchronized Result estimate(String password) {
            return NBVCXZ.estimate(password);
        }
    }
}
