package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static cn.exchange.it.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bidding over the hall's WebSocket ({@code /ws/auctions/{lot}}): a bidder authenticated when the socket opens (an API
 * token, or the session of the exchange's own page) bids with the REST API's request ids, checks and answers, each
 * answer after the bid is durable; a visitor and a foreign page with a bidder's cookie only watch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HallSocketBidIT {

    @ArquillianResource
    URL base;

    @Test
    void aBidderBidsOverTheHallSocketWithTheApisAnswersAndAVisitorOnlyWatches() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 2, 120, 60);
        Bidder a = s.bidders().get(0);
        Bidder b = s.bidders().get(1);
        long lot = s.lotId();
        AuctionFixture.awaitPhase(api, lot, "FREE", 20);

        try (Hall mine = Hall.open(base, lot, "Authorization", "Bearer " + a.api().token());
             Hall english = Hall.open(base, lot, "Authorization", "Bearer " + b.api().token(), "Accept-Language", "en");
             Hall visitor = Hall.open(base, lot)) {
            // accepted, answered after the commit: the state the REST API reads already holds the bid
            JsonObject first = mine.bid("\"100000.00\"", "ws-a-1").getJsonObject("answer");
            assertThat(first.getBoolean("accepted")).as(first.toString()).isTrue();
            assertThat(first.getString("bidderCode")).isEqualTo(a.code());
            assertThat(first.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("100000.00");
            assertThat(first.getInt("acceptedNo")).isEqualTo(1);
            JsonObject state = api.get("/api/auctions/" + lot).json();
            assertThat(state.getString("leader")).isEqualTo(a.code());
            assertThat(state.getJsonNumber("price").bigDecimalValue().toPlainString()).isEqualTo("100000.00");

            // the same request id again, over the socket and over REST: the first answer, nothing new recorded
            JsonObject again = mine.bid("\"100000.00\"", "ws-a-1").getJsonObject("answer");
            assertThat(again.getBoolean("repeated")).isTrue();
            assertThat(again.getJsonNumber("seq").longValue()).isEqualTo(first.getJsonNumber("seq").longValue());
            JsonObject viaRest = a.api().post("/api/auctions/" + lot + "/bids",
                    Map.of("amount", new BigDecimal("100000.00"), "requestId", "ws-a-1")).json();
            assertThat(viaRest.getBoolean("repeated")).isTrue();
            assertThat(viaRest.getJsonNumber("seq").longValue()).isEqualTo(first.getJsonNumber("seq").longValue());
            assertThat(count("select count(*) from bid_log where lot_id = " + lot + " and request_id = 'ws-a-1'")).isEqualTo(1);

            // the other bidder, in English: refused by the engine (not above the highest), and a number is an amount too
            JsonObject low = english.bid("100000.00", "ws-b-1").getJsonObject("answer");
            assertThat(low.getBoolean("accepted")).isFalse();
            assertThat(low.getString("reason")).isEqualTo("NOT_ABOVE_HIGHEST");
            assertThat(low.getString("message")).containsIgnoringCase("highest");
            JsonObject higher = english.bid("101000", "ws-b-2").getJsonObject("answer");
            assertThat(higher.getBoolean("accepted")).as(higher.toString()).isTrue();
            assertThat(higher.getString("bidderCode")).isEqualTo(b.code());
            // every watcher, the visitor too, gets the new price pushed
            visitor.awaitState(st -> st.get("price") instanceof jakarta.json.JsonNumber p && p.bigDecimalValue().toPlainString().equals("101000.00")
                    && b.code().equals(st.getString("leader", "")));

            // bad input: the REST API's problem, field named, in the socket's language, nothing recorded
            JsonObject precise = english.bid("\"102000.001\"", "ws-b-3").getJsonObject("problem");
            assertThat(precise.getInt("status")).isEqualTo(400);
            assertThat(precise.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");
            JsonObject badId = mine.bid("\"102000.00\"", "bad id").getJsonObject("problem");
            assertThat(badId.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("requestId");
            assertThat(badId.getString("message")).matches(".*[\\u4e00-\\u9fa5].*");
            JsonObject notJson = mine.send("{\"type\":\"bid\",", null).getJsonObject("problem");
            assertThat(notJson.getInt("status")).isEqualTo(400);
            assertThat(count("select count(*) from bid_log where lot_id = " + lot + " and request_id in ('ws-b-3', 'bad id')")).isZero();

            // a visitor watches but may not bid; the socket stays open for watching
            JsonObject anonymous = visitor.bid("\"103000.00\"", "ws-v-1").getJsonObject("problem");
            assertThat(anonymous.getInt("status")).isEqualTo(401);
            assertThat(anonymous.getString("code")).isEqualTo("signin.required");
            visitor.socket.sendText("state", true);
            visitor.awaitState(st -> st.getInt("lotId") == lot);
        }

        // the session of the exchange's own page bids; the same cookie from another site's page only watches
        Browser.requireChromium();
        try (Browser page = Browser.signedIn(base, a.username(), People.PASSWORD)) {
            Cookie cookie = page.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(cookie).as("the hall's session cookie").isNotNull();
            String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
            try (Hall foreign = Hall.open(base, lot, "Cookie", "JSESSIONID=" + cookie.getValue(), "Origin", "https://evil.example");
                 Hall hall = Hall.open(base, lot, "Cookie", "JSESSIONID=" + cookie.getValue(), "Origin", own)) {
                JsonObject hijack = foreign.bid("\"150000.00\"", "ws-x-1");
                assertThat(hijack.getString("type")).as("a foreign page's bid with the cookie: %s", hijack).isEqualTo("bidError");
                assertThat(hijack.getJsonObject("problem").getInt("status")).isEqualTo(401);
                JsonObject fromPage = hall.bid("\"102000.00\"", "ws-a-2").getJsonObject("answer");
                assertThat(fromPage.getBoolean("accepted")).as(fromPage.toString()).isTrue();
                assertThat(fromPage.getString("bidderCode")).isEqualTo(a.code());
            }
        }
        assertThat(count("select count(*) from bid_log where lot_id = " + lot + " and request_id = 'ws-x-1'")).isZero();
    }

    /** A client of the hall's socket: the messages it receives, in order, and bids that wait for their own answer. */
    static final class Hall implements AutoCloseable {

        final WebSocket socket;
        private final BlockingQueue<JsonObject> source;

        private Hall(WebSocket socket, BlockingQueue<JsonObject> source) {
            this.socket = socket;
            this.source = source;
        }

        static Hall open(URL base, long lot, String... headers) throws Exception {
            URI ws = URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws/auctions/" + lot);
            BlockingQueue<JsonObject> queue = new LinkedBlockingQueue<>();
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            WebSocket socket = builder.buildAsync(ws, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        try (var r = Json.createReader(new StringReader(text.toString()))) {
                            queue.add(r.readObject());
                        }
                        text.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            return new Hall(socket, queue);
        }

        /** Sends a bid ({@code amount} as JSON: a string or a number) and returns the answer to this request id. */
        JsonObject bid(String amount, String requestId) throws Exception {
            return send("{\"type\":\"bid\",\"amount\":" + amount + ",\"requestId\":\"" + requestId + "\"}", requestId);
        }

        /** Sends a text and returns the first bid answer or refusal that names {@code requestId} (null: none named). */
        JsonObject send(String text, String requestId) throws Exception {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < until) {
                JsonObject m = source.poll(1, TimeUnit.SECONDS);
                if (m == null || !m.getString("type", "").startsWith("bid")) {
                    continue;
                }
                String id = m.isNull("requestId") ? null : m.getString("requestId");
                if (java.util.Objects.equals(id, requestId)) {
                    return m;
                }
            }
            throw new AssertionError("no answer to " + text + " within 15 s");
        }

        /** Waits for a pushed state that satisfies {@code test}. */
        void awaitState(java.util.function.Predicate<JsonObject> test) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < until) {
                JsonObject m = source.poll(1, TimeUnit.SECONDS);
                if (m != null && "state".equals(m.getString("type", "")) && test.test(m)) {
                    return;
                }
            }
            throw new AssertionError("no such state pushed within 15 s");
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
