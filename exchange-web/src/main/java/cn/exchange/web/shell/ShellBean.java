package cn.exchange.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every page's frame shows: the exchange's name in both languages (configuration {@code exchange.name.zh} and
 * {@code exchange.name.en}) and the application version.
 */
@Named("shell")
@ApplicationScoped
public class ShellBean {

    @Inject
    @ConfigProperty(name = "exchange.name.zh", defaultValue = "东湖产权交易所")
    String nameZh;

    @Inject
    @ConfigProperty(name = "exchange.name.en", defaultValue = "Donghu Property Rights Exchange")
    String nameEn;

    @Inject
    LocaleBean locale;

    public String getName() {
        return locale.isEnglish() ? nameEn : nameZh;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }
}
