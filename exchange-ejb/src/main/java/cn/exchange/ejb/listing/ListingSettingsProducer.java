package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalTime;

/**
 * The listing rules' configurable values (the README's configuration table: {@code exchange.listing.*}), defaulting to
 * {@link ListingSettings#DEFAULTS}, and the working-day calendar.
 */
@ApplicationScoped
public class ListingSettingsProducer {

    @Inject
    ExchangeConfig config;

    public ListingSettings settings() {
        ListingSettings d = ListingSettings.DEFAULTS;
        return new ListingSettings(
                config.integer("exchange.listing.small-asset-wd", d.smallAssetTransferWd()),
                LocalTime.parse(config.string("exchange.listing.end-of-day", d.endOfDay().toString())),
                config.integer("exchange.listing.amendment-extension-wd", d.amendmentExtensionWd()),
                d.extensionMinWd(),
                config.integer("exchange.listing.relist-wd", d.relistWd()),
                d.priceOnlyRelistWd(),
                config.flag("exchange.listing.price-only-rule", d.priceOnlyRuleEnabled()),
                d.suspensionMax(),
                d.depositMaxShare());
    }

    public WorkingDayCalendar calendar() {
        return WorkingDayCalendar.china();
    }
}
