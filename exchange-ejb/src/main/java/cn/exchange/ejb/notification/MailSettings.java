package cn.exchange.ejb.notification;

import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server the exchange sends its mail through ({@code exchange.mail.*}, see the README's configuration table).
 * Without {@code exchange.mail.host} the exchange sends no mail: notifications go to the inbox only.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is secured. */
    public enum Tls {
        NONE, STARTTLS, SSL
    }

    @Inject
    ExchangeConfig config;

    public boolean configured() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return config.optional("exchange.mail.host");
    }

    public Tls tls() {
        String v = config.string("exchange.mail.tls", "starttls").strip().toUpperCase(Locale.ROOT);
        try {
            return Tls.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("exchange.mail.tls must be none, starttls or ssl, not " + v, e);
        }
    }

    public int port() {
        return config.integer("exchange.mail.port", switch (tls()) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SSL -> 465;
        });
    }

    public Optional<String> user() {
        return config.optional("exchange.mail.user");
    }

    public String password() {
        return config.string("exchange.mail.password", "");
    }

    public String from() {
        return config.string("exchange.mail.from", "noreply@exchange.invalid");
    }

    /** A page of the exchange as the recipient opens it: {@code exchange.public-url} plus the path. */
    public String link(String path) {
        String base = config.string("exchange.public-url", "http://localhost:" + config.string("exchange.http.port", "8080"));
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Jakarta Mail's session properties for this server; every wait is bounded (a row is locked while it is sent). */
    Properties sessionProperties() {
        Properties p = new Properties();
        String protocol = tls() == Tls.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host().orElseThrow());
        p.put("mail." + protocol + ".port", String.valueOf(port()));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        p.put("mail." + protocol + ".auth", String.valueOf(user().isPresent()));
        if (tls() == Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls() != Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        p.put("mail.from", from());
        return p;
    }

    /** What the log says at start. */
    public String describe() {
        return host().map(h -> "mail is sent through " + h + ":" + port() + " (" + tls().name().toLowerCase(Locale.ROOT) + ") from " + from())
                .orElse("no mail server configured (exchange.mail.host): notifications go to the inbox only, no e-mail is sent");
    }
}
