package cn.exchange.web.shell;

import cn.exchange.web.base.Languages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The language switch: a GET with {@code ?lang=en} or {@code ?lang=zh} stores the choice in a cookie and
 * redirects to the same page without the parameter.
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "*.xhtml")
public class LocaleFilter extends HttpFilter {

    public static final String COOKIE = Languages.COOKIE;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        // only a GET carries ?lang=; reading a parameter of a POST here would parse the form before its UTF-8 encoding is set
        String lang = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (lang == null) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(COOKIE, Languages.ENGLISH.equals(Languages.parse(lang)) ? "en" : "zh-CN");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getRequestURI() + withoutLang(request.getQueryString()));
    }

    private static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.startsWith("lang=") && !pair.isEmpty()) {
                kept.append(kept.length() == 0 ? "?" : "&").append(pair);
            }
        }
        return kept.toString();
    }
}
