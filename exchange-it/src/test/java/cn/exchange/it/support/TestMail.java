package cn.exchange.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server of the failsafe run: GreenMail in the test JVM on a fixed port ({@link #PORT}), started with the
 * test database before Payara Micro, which arquillian.xml points at it ({@code -Dexchange.mail.host/port}). It accepts
 * every address; tests read what reached one address.
 */
public final class TestMail {

    /** A fixed port nothing else on the build machine uses. */
    public static final int PORT = 25925;

    private static GreenMail server;

    private TestMail() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The mails that reached {@code address} so far, oldest first. */
    public static synchronized List<MimeMessage> to(String address) {
        start();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits up to {@code seconds} until {@code count} mails reached {@code address}; returns them. */
    public static List<MimeMessage> await(String address, int count, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<MimeMessage> found = to(address);
        while (found.size() < count && System.nanoTime() < until) {
            // woken by the next mail to anyone (GreenMail's own wait), then counted again for this address
            int received = server.getReceivedMessages().length;
            server.waitForIncomingEmail(Math.max(1, (until - System.nanoTime()) / 1_000_000L), received + 1);
            found = to(address);
        }
        return found;
    }

    /** A mail's text body. */
    public static String body(MimeMessage m) {
        try {
            Object c = m.getContent();
            return c instanceof String s ? s : String.valueOf(c);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
