package cn.exchange.ejb.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures give an address up at once: an SMTP 5xx anywhere in the chain, or refused recipients. */
class MailerTest {

    /** As the SMTP provider's exceptions carry the server's reply (read by name, not by the provider's type). */
    static final class Replied extends MessagingException {
        private final int code;

        Replied(int code) {
            super(code + " reply");
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void aPermanentRefusalGivesUpAtOnce() throws Exception {
        assertThat(Mailer.permanent(new Replied(550))).isTrue();
        assertThat(Mailer.permanent(new MessagingException("sending failed", new Replied(553)))).isTrue();
        SendFailedException refused = new SendFailedException("invalid", null, new Address[0],
                new Address[0], new Address[] {new InternetAddress("nobody@example.cn")});
        assertThat(Mailer.permanent(refused)).isTrue();
    }

    @Test
    void aBusyOrUnreachableServerIsTriedAgain() {
        assertThat(Mailer.permanent(new Replied(421))).isFalse();
        assertThat(Mailer.permanent(new Replied(451))).isFalse();
        assertThat(Mailer.permanent(new MessagingException("could not connect", new ConnectException("refused")))).isFalse();
        assertThat(Mailer.permanent(new SendFailedException("no recipients refused"))).isFalse();
    }
}
