package cn.exchange.web.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The page bundle ({@code cn.exchange.web.i18n.messages}, the pages' {@code #{msg}}) outside a page: for texts composed
 * in Java for a page or an API answer, in the reader's language.
 */
public record Bundle(Locale locale, ResourceBundle texts) {

    public static Bundle of(Locale locale) {
        return new Bundle(locale, ResourceBundle.getBundle("cn.exchange.web.i18n.messages", locale));
    }

    /** An amount in the reader's words: "84,000.00 元", in English "CNY 84,000.00". */
    public String yuan(java.math.BigDecimal amount) {
        return amount == null ? "" : english() ? "CNY " + cn.exchange.core.shared.CnyFormat.figures(amount)
                : cn.exchange.core.shared.CnyFormat.yuan(amount);
    }

    /** A large amount: "8,650 万元"; in English, which has no 万, the whole amount "CNY 86,500,000.00". */
    public String wan(java.math.BigDecimal amount) {
        return english() ? yuan(amount) : cn.exchange.core.shared.CnyFormat.wan(amount);
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text, formatted with its arguments when there are any (a text without arguments keeps its apostrophes). */
    public String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The label of a code ({@code prefix + code}), or the code itself when the bundle has none — a gap the pages' code-token test finds. */
    public String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return texts.getString(prefix + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
