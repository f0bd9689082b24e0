package cn.exchange.ejb.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.ejb.calendar.CalendarStore;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalTime;

/**
 * The listing rules' configurable values (the README's configuration table: {@code exchange.listing.*}), defaulting to
 * {@link ListingSettings#DEFAULTS}, and the working-day calendar in force.
 */
@ApplicationScoped
public class ListingSettingsProducer {

    @Inject
    ExchangeConfig config;

    @Inject
    CalendarStore calendars;

    public ListingSettings settings() {
        ListingSettings d = ListingSettings.DEFAULTS;
        return new ListingSettings(
                config.integer("exchange.listing.small-asset-wd", d.smallAssetTransferWd()),
                LocalTime.parse(config.string("exchange.listing.end-of-day", d.endOfDay().toString())),
                config.integer("exchange.listing.amendment-extension-wd", d.amendmentExtensionWd()),
                config.integer("exchange.listing.extension-min-wd", d.extensionMinWd()),
                config.integer("exchange.listing.relist-wd", d.relistWd()),
                config.integer("exchange.listing.price-only-relist-wd", d.priceOnlyRelistWd()),
                config.flag("exchange.listing.price-only-rule", d.priceOnlyRuleEnabled()),
                java.time.Period.parse(config.string("exchange.listing.suspension-max", d.suspensionMax().toString())),
                new java.math.BigDecimal(config.string("exchange.listing.deposit-max-share", d.depositMaxShare().toPlainString())),
                config.integer("exchange.qualification.reply-wd", d.transferorReplyWd()));
    }

    /** The exchange's code [DH]: the prefix of project, contract and certificate numbers (docs/rules.md §9). */
    public String exchangeCode() {
        return cn.exchange.core.listing.ProjectNumber.requireValidCode(config.string("exchange.code", "DH"));
    }

    /** The working-day calendar in force (rule 1), as entered by the administrator. */
    public WorkingDayCalendar calendar() {
        return calendars.current();
    }
}
