package cn.exchange.web.auction;

import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.ejb.auction.Bidding;
import cn.exchange.ejb.identity.AccountCache;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.web.base.ErrorMappers;
import cn.exchange.web.base.Problem;
import cn.exchange.web.base.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Bidding over the hall's WebSocket, for a bidder signed in when the socket opened ({@link HallVisitor}). A bid is the
 * message {@code {"type":"bid","amount":"123000.00","requestId":"…"}} (the amount in yuan, as a string or a number);
 * the answer, sent once the bid is durable, is {@code {"type":"bid","requestId":"…","answer":{…}}} where the answer is
 * exactly the REST API's ({@link AuctionResource.BidAnswer}); a refusal before the engine is
 * {@code {"type":"bidError","requestId":"…","problem":{…}}} with the REST API's problem (status, code, message in the
 * socket's language, one entry per field). Everything else is {@link Bidding}'s, as for REST: the permission, the rate
 * limits, the request id (a retry gets the first answer, {@code repeated}), the object-level check.
 *
 * <p>The account is checked again at every bid (from the account cache, as every HTTP request is): disabled, or its
 * password changed since the socket opened, and the socket bids no more.
 */
@ApplicationScoped
public class SocketBids {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Bidding bidding;

    @Inject
    AccountCache accounts;

    /** Whether a text from the socket is a bid (any other text asks for the state again). */
    static boolean isBid(String text) {
        return text.stripLeading().startsWith("{");
    }

    void bid(Session session, long lotId, String text) {
        HallVisitor visitor = session.getUserPrincipal() instanceof HallVisitor v ? v : HallVisitor.anonymous(Locale.SIMPLIFIED_CHINESE);
        Locale locale = visitor.locale();
        String requestId = null;
        try {
            JsonObject m;
            try (var reader = StateJson.JSON.createReader(new StringReader(text))) {
                m = reader.readObject();
            }
            requestId = string(m, "requestId");
            if (!"bid".equals(string(m, "type"))) {
                throw new DomainException("type", "request.badEnum", "type", "bid");
            }
            Caller caller = caller(session, visitor);
            if (caller == null) {
                send(session, error(requestId, Problems.of(locale, 401, "signin.required")));
                return;
            }
            String id = requestId;
            bidding.place(caller, lotId, amount(m), requestId).whenComplete((o, failure) -> send(session,
                    failure == null ? answer(id, o, locale) : error(id, failed(Bidding.notRecorded(failure), locale))));
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            send(session, error(requestId, Problems.of(locale, 400, "common.badRequest", "JSON")));
        } catch (RuntimeException e) {
            send(session, error(requestId, failed(e, locale)));
        }
    }

    /** The caller as the socket was authenticated, if the account may still act (checked as every HTTP request is). */
    private Caller caller(Session session, HallVisitor visitor) {
        if (!visitor.signedIn()) {
            return null;
        }
        return accounts.get(visitor.accountId())
                .filter(a -> a.active() && !a.passwordExpired() && a.securityStamp() == visitor.securityStamp())
                .map(a -> new Caller(a.username(), a.role(), a.accountId(), a.partyId(), HallAdmission.address(session)))
                .orElse(null);
    }

    /** The amount in yuan: a JSON string or number (Amounts then checks its scale and range). */
    private static BigDecimal amount(JsonObject m) {
        JsonValue v = m.get("amount");
        try {
            if (v instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
        } catch (NumberFormatException e) {
            // below: the field and what it should hold
        }
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;   // Amounts names the missing field
        }
        throw new DomainException("amount", "request.badParameter", "amount", "request.expected.number");
    }

    private static String string(JsonObject m, String key) {
        JsonValue v = m.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new DomainException(key, "request.badParameter", key, "request.expected.other");
    }

    /** A failure as the REST API answers it: a refused rule with its fields, else {@link ErrorMappers#ofFailure}. */
    static Problem failed(Throwable t, Locale locale) {
        DomainException refused = ErrorMappers.domainCause(t);
        return refused != null ? Problems.of(locale, refused) : ErrorMappers.ofFailure(locale, t, t);
    }

    private static String answer(String requestId, BidOutcome o, Locale locale) {
        return envelope("bid", requestId, "answer", JSON.toJson(AuctionResource.BidAnswer.of(o, locale)));
    }

    private static String error(String requestId, Problem p) {
        return envelope("bidError", requestId, "problem", JSON.toJson(p));
    }

    /** {@code {"type":…,"requestId":…,<key>:<json>}}: the body exactly as JSON-B wrote it for the REST API. */
    private static String envelope(String type, String requestId, String key, String json) {
        String id = requestId == null ? "null" : StateJson.JSON.createValue(requestId).toString();
        return "{\"type\":\"" + type + "\",\"requestId\":" + id + ",\"" + key + "\":" + json + "}";
    }

    private static void send(Session s, String text) {
        // the bid stands even if the bidder went away: a retry with the same request id gets this answer
        Outbound.send(s, text);
    }
}
