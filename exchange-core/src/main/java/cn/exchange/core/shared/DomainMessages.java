package cn.exchange.core.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the domain's messages, Simplified Chinese ({@code messages_zh.properties}) and English
 * ({@code messages_en.properties}). Any locale but English gets Chinese.
 */
public final class DomainMessages {

    private static final String BUNDLE = "cn.exchange.core.messages";

    private DomainMessages() {
    }

    public static String format(Locale locale, String code, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l.getLanguage().equals("en") ? Locale.ENGLISH : Locale.CHINESE,
                DomainMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            return code + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    public static boolean has(String code) {
        return ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, DomainMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(code);
    }
}
