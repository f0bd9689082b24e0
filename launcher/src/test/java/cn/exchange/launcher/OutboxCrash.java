package cn.exchange.launcher;

import cn.exchange.testkit.Poll;
import cn.exchange.testkit.ApiClient.Answer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail written to the outbox and not yet sent survives kill -9, and goes exactly once (issue 23, README
 * "Notifications"). The exchange runs with an SMTP server that takes connections and never answers ({@link Silent}), so
 * nothing can be sent; the administrator creates {@value #PEOPLE} staff accounts and asks a reset link for each — eight
 * mails committed to the outbox; once the worker has taken one and waits for the silent server's greeting, the server
 * is killed with SIGKILL; a real SMTP server (GreenMail) takes the silent one's port; the launcher starts a new server,
 * whose worker sends them. Each address then holds exactly one mail.
 */
final class OutboxCrash {

    /** Accounts mailed (the reset requests of one address are limited to ten an hour). */
    static final int PEOPLE = 8;

    private OutboxCrash() {
    }

    /** The environment that points the exchange at {@code silent}'s port. */
    static Map<String, String> mailTo(Silent silent) {
        return Map.of("EXCHANGE_MAIL_HOST", "127.0.0.1", "EXCHANGE_MAIL_PORT", Integer.toString(silent.port()),
                "EXCHANGE_MAIL_TLS", "none", "EXCHANGE_MAIL_FROM", "noreply@crash.test");
    }

    static void run(RunningExchange exchange, String base, Silent silent) throws Exception {
        String tag = Long.toString(System.currentTimeMillis(), 36);
        ExchangeClient admin = ExchangeClient.signIn(base, "admin", ExchangeClient.secret(exchange.home, "admin.password"));
        List<String> addresses = askResetLinks(admin, List.of(base), tag, "crash.test");
        String mine = "address like 'mail" + tag + "%@crash.test'";
        assertThat(StatementImportCrash.count(exchange, "select count(*) from outbox where " + mine + " and status = 'PENDING'"))
                .as("committed to the outbox, not sent").isEqualTo(PEOPLE);
        // killed while the worker holds one of them, waiting for the silent server's greeting
        Poll.until(Duration.ofSeconds(30), "the exchange to try sending", () -> !silent.connections().isEmpty());

        long pid = Long.parseLong(Files.readString(exchange.home.resolve("run").resolve("instance-1.pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().get();
        silent.close();
        GreenMail smtp = new GreenMail(new ServerSetup(silent.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Poll.until(Duration.ofSeconds(240), "the new server to send the outbox", () ->
                    StatementImportCrash.count(exchange, "select count(*) from outbox where " + mine + " and status <> 'SENT'") == 0);
            Map<String, Integer> received = received(smtp, addresses);
            System.out.printf("[outbox-crash] %d reset mails committed, server killed with SIGKILL before sending; after the restart"
                    + " received: %s%n", PEOPLE, received.values());
            for (String a : addresses) {
                assertThat(received.get(a)).as("mails to %s", a).isEqualTo(1);
            }
        } finally {
            smtp.stop();
        }
    }

    /**
     * The administrator creates {@value #PEOPLE} staff accounts with addresses at {@code domain}, and a reset link is asked
     * for each, through the servers of {@code bases} in turn: {@value #PEOPLE} mails committed to the outbox.
     *
     * @return the addresses
     */
    static List<String> askResetLinks(ExchangeClient admin, List<String> bases, String tag, String domain) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String user = "mail" + tag + i;
            String address = user + "@" + domain;
            Answer created = admin.post("/api/admin/accounts", "{\"username\":\"" + user + "\",\"displayName\":\"邮件测试" + i
                    + "\",\"role\":\"REVIEWER\",\"password\":\"Outbox#Crash-2026\",\"email\":\"" + address + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            Answer asked = new ExchangeClient(bases.get(i % bases.size()), null).post("/api/password-resets",
                    "{\"login\":\"" + user + "\"}");
            assertThat(asked.status()).as(asked.body()).isEqualTo(202);
            addresses.add(address);
        }
        return addresses;
    }

    /** How many mails each of {@code addresses} received (absent: none). */
    static Map<String, Integer> received(GreenMail smtp, List<String> addresses) throws Exception {
        Map<String, Integer> received = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                if (addresses.contains(to.toString())) {
                    received.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        return received;
    }

    /** An SMTP port that accepts connections and never says a word: the exchange's sender waits and sends nothing. */
    static final class Silent implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        Silent() throws IOException {
            socket = new ServerSocket(RunningExchange.freePort(0), 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-smtp");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<Socket> connections() {
            return accepted;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
