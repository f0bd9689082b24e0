package cn.exchange.web.shell;

import cn.exchange.web.base.Languages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of the current request: Simplified Chinese unless the visitor switched to English.
 *
 * <p>The choice is a cookie ({@link LocaleFilter#COOKIE}), not session state, so it survives sign-in, sign-out
 * and a hop to another server instance.
 */
@Named
@RequestScoped
public class LocaleBean {

    public Locale getLocale() {
        return Languages.ofPage((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public boolean isEnglish() {
        return Languages.ENGLISH.equals(getLocale());
    }

    /**
     * This page in the other language: its own query kept (a lot's id, a trail's lot), {@code lang} replaced — a bare
     * "?lang=en" lost the lot the visitor was reading.
     */
    public String switchTo(String lang) {
        HttpServletRequest r = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        StringBuilder q = new StringBuilder();
        String query = r.getQueryString();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=") && !part.startsWith("jakarta.faces")) {
                    q.append(part).append('&');
                }
            }
        }
        return "?" + q + "lang=" + ("en".equals(lang) ? "en" : "zh");
    }

    /** The BCP 47 tag for the html lang attribute. */
    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }
}
