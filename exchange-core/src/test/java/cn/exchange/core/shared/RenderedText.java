package cn.exchange.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every rendered document text passes, shared by the modules' tests (exchange-core's test
 * jar): no doubled punctuation ("。。", "，，", "；。", "..") and no unfilled placeholder ({@code ${name}}, {@code {0}},
 * {@code %s}, a printed {@code null}).
 */
public final class RenderedText {

    /** Two closing punctuation marks in a row ({@link Punctuation#CLOSING}). */
    static final Pattern DOUBLED = Pattern.compile("[" + Pattern.quote(Punctuation.CLOSING) + "]{2}");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\{\\d+[^}]*}|%[sdf]|\\bnull\\b|\\bundefined\\b");

    private RenderedText() {
    }

    /** What is wrong with {@code text}: each doubled mark or placeholder with the text around it; empty when clean. */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(DOUBLED, PLACEHOLDER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add("'" + m.group() + "' in …" + text.substring(Math.max(0, m.start() - 15), Math.min(text.length(), m.end() + 10)) + "…");
            }
        }
        return out;
    }

    public static void assertClean(String what, String text) {
        assertThat(problems(text)).as("%s:%n%s", what, text).isEmpty();
    }
}
