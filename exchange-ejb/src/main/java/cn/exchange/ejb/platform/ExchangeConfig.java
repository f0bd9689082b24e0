package cn.exchange.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Typed access to the exchange's configuration (MicroProfile Config: system properties, then environment variables,
 * then {@code META-INF/microprofile-config.properties}). Every key is documented in the README's configuration table.
 */
@ApplicationScoped
public class ExchangeConfig {

    @Inject
    Config config;

    public Optional<String> instanceId() {
        return config.getOptionalValue("exchange.instance.id", String.class).filter(s -> !s.isBlank());
    }

    public String string(String key, String defaultValue) {
        return config.getOptionalValue(key, String.class).orElse(defaultValue);
    }

    public Optional<String> optional(String key) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
    }

    public int integer(String key, int defaultValue) {
        return config.getOptionalValue(key, Integer.class).orElse(defaultValue);
    }

    public boolean flag(String key, boolean defaultValue) {
        return config.getOptionalValue(key, Boolean.class).orElse(defaultValue);
    }
}
