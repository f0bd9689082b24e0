package cn.exchange.web.shell;

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

    /** The BCP 47 tag for the html lang attribute. */
    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }
}
