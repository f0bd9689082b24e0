package cn.exchange.it.notification;

import cn.exchange.core.notification.ResetTokens;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.TestDatabase;
import cn.exchange.it.support.TestMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 through the HTTP layer, with the exchange mailing to the test run's SMTP server (GreenMail, {@link TestMail}):
 * an event reaches its recipient once by e-mail and once in the inbox, and nobody else's inbox; 忘记密码 by e-mail
 * answers the same for unknown addresses, and its link works once, not after 30 minutes, and not after the password
 * changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    static final Pattern LINK = Pattern.compile("/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @ArquillianResource
    URL base;

    @Test
    void anApprovalIsMailedOnceAndShownOnceInTheInbox() throws Exception {
        Api api = new Api(base);
        String email = "approved-" + System.nanoTime() + "@bidder.test";
        String name = "通知测试竞买有限公司" + System.nanoTime() % 100_000;
        Registered r = register(api, name, email);
        Api reviewer = api.as(People.token(api, Who.REVIEWER));
        assertThat(reviewer.post("/api/staff/parties/" + r.partyId + "/approve", Map.of("text", "证照核验一致")).status()).isEqualTo(200);

        List<MimeMessage> mails = TestMail.await(email, 1, 60);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("账户审核通过：" + name + " / Account approved: " + name);
        String body = TestMail.body(mails.get(0));
        assertThat(body).contains("您的主体“" + name + "”已通过本所审核").contains("Your party \"" + name + "\" has been approved")
                .contains("/account/index.xhtml");
        assertThat(body.indexOf("您的主体")).isLessThan(body.indexOf("Your party"));

        Api bidder = api.as(api.token(r.username, People.PASSWORD));
        JsonArray inbox = bidder.get("/api/inbox").array();
        assertThat(inbox).hasSize(1);
        JsonObject n = inbox.getJsonObject(0);
        assertThat(n.getString("kind")).isEqualTo("ACCOUNT_APPROVED");
        assertThat(n.getString("subject")).contains(name);
        assertThat(n.getBoolean("read")).isFalse();
        assertThat(bidder.get("/api/inbox/unread").json().getInt("unread")).isEqualTo(1);

        // someone else's notification does not exist for them; their own inbox does not show it
        long id = n.getJsonNumber("id").longValue();
        Api other = api.as(People.token(api, Who.OPERATOR));
        assertThat(other.post("/api/inbox/" + id + "/read", "{}").status()).isEqualTo(404);
        assertThat(other.get("/api/inbox").array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())).doesNotContain(id);
        assertThat(api.get("/api/inbox").status()).isEqualTo(401);

        assertThat(bidder.post("/api/inbox/" + id + "/read", "{}").json().getInt("unread")).isZero();
        assertThat(bidder.get("/api/inbox").array().getJsonObject(0).getBoolean("read")).isTrue();

        // several worker runs later (every 5 s on the server) the mail has still gone once, and the outbox row is sent:
        // a second mail to the address is waited for, for 12 s, and must not come
        assertThat(TestMail.await(email, 2, 12)).hasSize(1);
        assertThat(TestDatabase.count("select count(*) from outbox where address = '" + email + "' and status = 'SENT'")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = '" + r.username + "'")).isEqualTo(1);
    }

    @Test
    void theResetLinkWorksOnceForThirtyMinutesAndTheAnswerNeverTellsWhoExists() throws Exception {
        Api api = new Api(base);
        String email = "reset-" + System.nanoTime() + "@bidder.test";
        Registered r = register(api, "重设密码测试公司" + System.nanoTime() % 100_000, email);

        Api.Answer known = api.post("/api/password-resets", Map.of("login", email));
        Api.Answer unknown = api.post("/api/password-resets", Map.of("login", "nobody-" + System.nanoTime() + "@bidder.test"));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(api.post("/api/password-resets", Map.of("login", " ")).status()).isEqualTo(400);

        String first = token(TestMail.await(email, 1, 60), 0);
        assertThat(TestDatabase.count("select count(*) from password_reset where token_hash = '" + ResetTokens.hash(first) + "'"))
                .as("only the hash is stored").isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from outbox where body like '%" + first + "%'")).as("the sent body is blanked").isZero();

        String own = "Xin-Mi-Ma-2026-" + System.nanoTime() % 10_000;
        assertThat(confirm(api, first, own).status()).isEqualTo(204);
        assertThat(api.token(r.username, own)).isNotBlank();
        Api.Answer again = confirm(api, first, own + "x");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getString("code")).isEqualTo("reset.linkInvalid");

        // a link older than 30 minutes: issued 31 minutes earlier by the exchange's clock
        assertThat(api.post("/api/password-resets", Map.of("login", r.username)).status()).isEqualTo(202);
        String late = token(TestMail.await(email, 2, 60), 1);
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("update password_reset set issued_at = issued_at - interval '31 minutes' where token_hash = ?")) {
            p.setString(1, ResetTokens.hash(late));
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        assertThat(confirm(api, late, own + "y").status()).isEqualTo(400);

        // two links: using one spends the other (the password changed)
        api.post("/api/password-resets", Map.of("login", email));
        api.post("/api/password-resets", Map.of("login", email));
        List<MimeMessage> mails = TestMail.await(email, 4, 60);
        assertThat(mails).hasSize(4);
        assertThat(confirm(api, token(mails, 2), own + "z").status()).isEqualTo(204);
        assertThat(confirm(api, token(mails, 3), own + "w").status()).isEqualTo(400);
        assertThat(api.token(r.username, own + "z")).isNotBlank();

        // hostile tokens are an invalid link, never a 500
        assertThat(confirm(api, "' or 1=1 --", own).status()).isEqualTo(400);
        assertThat(api.post("/api/password-resets/confirm", "{}").status()).isEqualTo(400);
    }

    @Test
    void aBidderHearsOfItsDepositAndTheWinnerOfTheContractToSign() throws Exception {
        Api api = new Api(base);
        AuctionFixture.Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3, 0, 8);
        AuctionFixture.awaitPhase(api, s.lotId(), "LIMITED", 30);
        AuctionFixture.bid(s.bidders().get(1), s.lotId(), "100000.00");
        AuctionFixture.awaitPhase(api, s.lotId(), "CLOSED", 40);
        AuctionFixture.awaitDeal(s.bidders().get(1).api());
        List<String> winner = kinds(s.bidders().get(1).api());
        List<String> other = kinds(s.bidders().get(0).api());
        // newest first: the contract after the result after the schedule after the deposit after the approval, each once
        // (the fixture qualifies its bidders by SQL, so qualification's own notification is not exercised here; a session
        // scheduled 3 s ahead gets no reminder: AuctionNotificationsIT)
        assertThat(winner).containsExactly("CONTRACT_READY", "AUCTION_WON", "SESSION_SCHEDULED", "DEPOSIT_MATCHED", "ACCOUNT_APPROVED");
        assertThat(other).containsExactly("AUCTION_NOT_WON", "SESSION_SCHEDULED", "DEPOSIT_MATCHED", "ACCOUNT_APPROVED");
        // the transferor's agency is told the contract is ready too
        assertThat(TestDatabase.count("select count(*) from notification where kind = 'CONTRACT_READY' and event_key = 'contract-ready:"
                + AuctionFixture.awaitDeal(s.bidders().get(1).api()) + "'")).isGreaterThanOrEqualTo(2);
    }

    private static List<String> kinds(Api who) {
        return who.get("/api/inbox").array().stream().map(v -> v.asJsonObject().getString("kind")).toList();
    }

    private record Registered(long partyId, String username) {
    }

    private static Registered register(Api api, String name, String email) {
        String mobile = People.mobile();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ENTERPRISE_BIDDER");
        body.put("name", name);
        body.put("creditCode", People.creditCode());
        body.put("contactPerson", "张联系");
        body.put("mobile", mobile);
        body.put("email", email);
        body.put("username", mobile);
        body.put("password", People.PASSWORD);
        body.put("passwordConfirm", People.PASSWORD);
        Api.Answer a = api.post("/api/registrations", body);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return new Registered(a.json().getJsonObject("party").getJsonNumber("id").longValue(), mobile);
    }

    private static Api.Answer confirm(Api api, String token, String password) {
        return api.post("/api/password-resets/confirm", Map.of("token", token, "password", password, "passwordConfirm", password));
    }

    private static String token(List<MimeMessage> mails, int index) {
        assertThat(mails).hasSizeGreaterThan(index);
        Matcher m = LINK.matcher(TestMail.body(mails.get(index)));
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }
}
