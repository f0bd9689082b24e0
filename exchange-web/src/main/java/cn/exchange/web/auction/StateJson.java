package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionState;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one JSON shape of a lot's session, for the WebSocket messages and the REST API alike: times in epoch
 * milliseconds (with the server's own {@code serverTime}), amounts as JSON numbers in yuan with two decimals (as every
 * answer of the API), bidder codes only.
 */
final class StateJson {

    /**
     * The JSON-P provider, looked up once: {@code JSON.createObjectBuilder()} and its siblings look the provider up on
     * every call (an OSGi and a service-loader search, with class-path scans for classes that are not there), which the
     * bid profile showed as most of a socket bid's CPU.
     */
    static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private StateJson() {
    }

    /**
     * The state as the page and API clients read it (times in epoch milliseconds, amounts as numbers in yuan), with the
     * exchange's time {@code serverTime} (its one clock) that the page's countdown follows.
     */
    static String of(AuctionState s, long serverTime) {
        return builder(s, serverTime).build().toString();
    }

    static JsonObjectBuilder builder(AuctionState s, long serverTime) {
        JsonArrayBuilder recent = JSON.createArrayBuilder();
        for (AuctionState.Bid b : s.recent()) {
            recent.add(JSON.createObjectBuilder().add("no", b.no()).add("code", b.bidderCode())
                    .add("amount", b.amount()).add("at", b.at().toEpochMilli()));
        }
        JsonObjectBuilder o = JSON.createObjectBuilder().add("type", "state").add("serverTime", serverTime)
                .add("lotId", s.lotId()).add("mode", s.mode()).add("phase", s.phase()).add("acceptedBids", s.acceptedBids())
                .add("lastSeq", s.lastSeq()).add("limitedSeconds", s.limitedSeconds()).add("session", s.session())
                .add("awaitingRerun", s.awaitingRerun()).add("priorityMode", s.priorityMode());
        put(o, "startPrice", s.startPrice());
        put(o, "increment", s.increment());
        put(o, "price", s.price());
        put(o, "leader", s.leader());
        put(o, "startsAt", s.startsAt());
        put(o, "freeEndsAt", s.freeEndsAt());
        put(o, "closesAt", s.closesAt());
        put(o, "outcome", s.outcome());
        put(o, "winner", s.winner());
        put(o, "finalPrice", s.finalPrice());
        put(o, "failureReason", s.failureReason());
        put(o, "closedAt", s.closedAt());
        put(o, "annulledReason", s.annulledReason());
        return o.add("recent", recent);
    }

    private static void put(JsonObjectBuilder o, String key, Object v) {
        if (v == null) {
            o.addNull(key);
        } else if (v instanceof BigDecimal d) {
            o.add(key, d);
        } else if (v instanceof Instant i) {
            o.add(key, i.toEpochMilli());
        } else {
            o.add(key, v.toString());
        }
    }
}
