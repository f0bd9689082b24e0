package cn.exchange.ejb.notification;

import cn.exchange.core.notification.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Date;

/**
 * Sends one plain-text mail over SMTP with Jakarta Mail as the server provides it (the API only; Payara's
 * implementation). Tells a permanent refusal (SMTP 5xx, a malformed address) from a transient one.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    public void send(String to, String subject, String body) throws MailFailure {
        try {
            Session session = Session.getInstance(settings.sessionProperties(), settings.user().map(u -> new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, settings.password());
                }
            }).orElse(null));
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.from(), true));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, "UTF-8");
            m.setText(body, "UTF-8");
            // the exchange's clock, not the machine's (a training environment's mails carry its time)
            m.setSentDate(Date.from(clock.instant()));
            Transport.send(m);
        } catch (AddressException e) {
            throw new MailFailure("malformed address: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailFailure(describe(e), permanent(e), e);
        }
    }

    /**
     * A 5xx reply anywhere in the chain (the SMTP provider's exceptions carry it as {@code getReturnCode()}, read
     * without depending on the implementation), or addresses the server refused.
     */
    static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
                return true;
            }
            Integer code = returnCode(t);
            if (code != null && Backoff.permanent(code)) {
                return true;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t.getCause()
                    && permanent(me.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static Integer returnCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            Object v = m.invoke(t);
            return v instanceof Integer i ? i : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 400; t = t.getCause()) {
            b.append(b.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }
}
