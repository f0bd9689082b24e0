package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingSettings;
import cn.exchange.ejb.platform.ExchangeConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules 5, 8–11, 14, 15: the values the rules call "set by the exchange" come from configuration, each key documented
 * in the README's configuration table with the rule it serves; a value the rules cannot work with stops the start.
 */
class ListingSettingsProducerTest {

    static final Map<String, String> CONFIGURED = Map.ofEntries(
            Map.entry("exchange.listing.small-asset-wd", "7"),
            Map.entry("exchange.listing.end-of-day", "16:30"),
            Map.entry("exchange.listing.amendment-extension-wd", "6"),
            Map.entry("exchange.listing.extension-min-wd", "3"),
            Map.entry("exchange.listing.relist-wd", "21"),
            Map.entry("exchange.listing.price-only-relist-wd", "8"),
            Map.entry("exchange.listing.price-only-rule", "false"),
            Map.entry("exchange.listing.suspension-max", "P2M"),
            Map.entry("exchange.listing.deposit-max-share", "0.20"),
            Map.entry("exchange.qualification.reply-wd", "10"));

    static ListingSettingsProducer producer(Map<String, String> values) {
        ListingSettingsProducer p = new ListingSettingsProducer();
        p.config = new ExchangeConfig() {
            @Override
            public String string(String key, String defaultValue) {
                return values.getOrDefault(key, defaultValue);
            }

            @Override
            public int integer(String key, int defaultValue) {
                return values.containsKey(key) ? Integer.parseInt(values.get(key)) : defaultValue;
            }

            @Override
            public boolean flag(String key, boolean defaultValue) {
                return values.containsKey(key) ? Boolean.parseBoolean(values.get(key)) : defaultValue;
            }
        };
        return p;
    }

    @Test
    void everyValueTheRulesLeaveToTheExchangeIsReadFromItsKey() {
        ListingSettings s = producer(CONFIGURED).settings();
        assertThat(s).isEqualTo(new ListingSettings(7, LocalTime.of(16, 30), 6, 3, 21, 8, false, Period.ofMonths(2),
                new BigDecimal("0.20"), 10));
        assertThat(producer(Map.of()).settings()).isEqualTo(ListingSettings.DEFAULTS);
    }

    @Test
    void aValueTheRulesCannotWorkWithStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> producer(Map.of("exchange.listing.deposit-max-share", "1.5")).settings())
                .hasMessageContaining("exchange.listing.deposit-max-share");
        assertThatThrownBy(() -> producer(Map.of("exchange.qualification.reply-wd", "0")).settings()).hasMessageContaining("reply-wd");
        // docs/rules.md §9: the code every project, contract and certificate number starts with
        assertThatThrownBy(() -> producer(Map.of("exchange.code", "dh-1")).exchangeCode()).hasMessageContaining("exchange.code");
        assertThat(producer(Map.of("exchange.code", "BJCQ")).exchangeCode()).isEqualTo("BJCQ");
        assertThat(producer(Map.of()).exchangeCode()).isEqualTo("DH");
    }

    @Test
    void everyKeyIsInTheReadmesConfigurationTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String key : CONFIGURED.keySet()) {
            assertThat(readme).as(key).contains("| `" + key + "` |");
        }
    }
}
