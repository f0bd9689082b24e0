package cn.exchange.web.base;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The two languages of the exchange and how a request picks one. Pages: the {@code lang} cookie set by the switch in
 * the header, otherwise Chinese (the exchange's language, whatever the browser prefers). API clients: the cookie, then
 * an {@code Accept-Language} that prefers English, otherwise Chinese.
 */
public final class Languages {

    /** The cookie that keeps a visitor's chosen language ("zh-CN" or "en"). */
    public static final String COOKIE = "lang";

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** The language of a page: the visitor's switch, else Chinese. */
    public static Locale ofPage(HttpServletRequest request) {
        String chosen = cookie(request);
        return chosen != null ? parse(chosen) : CHINESE;
    }

    /** The language of an API answer: the switch, else the client's Accept-Language, else Chinese. */
    public static Locale ofApi(HttpServletRequest request) {
        String chosen = cookie(request);
        if (chosen != null) {
            return parse(chosen);
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            // the first language the client lists decides; anything but English gets Chinese
            String first = accept.split(",")[0].trim().toLowerCase(Locale.ROOT);
            return first.startsWith("en") ? ENGLISH : CHINESE;
        }
        return CHINESE;
    }

    public static Locale parse(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
