package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;

/**
 * {@code /ws/auctions/{lotId}}: a watcher of a lot's session (anyone — the hall shows bidder codes only, rule 23). On
 * connect the watcher gets the full committed state; then every change. A page that was hidden sends {@code state} and
 * gets the last state again. A bidder signed in when the socket opened (by the session of the exchange's own page, or
 * an API token) may also bid over it: {@link SocketBids}, with the REST API's checks and answers.
 *
 * <p>Bounds ({@link cn.exchange.core.security.WatcherLimits}, kept by {@link HallHub}): connections per client address
 * (refused before the handshake with 429 by {@link HallAdmission}, and here with 1008 should several arrive at once),
 * an idle timeout (pings; silence closes with 1001), messages over the size limit close with 1009, over the rate with
 * 1008; the state asked for again comes from the last pushed state, not from the database.
 */
@ServerEndpoint("/ws/auctions/{lotId}")
public class HallSocket {

    @OnOpen
    public void open(Session session, @PathParam("lotId") String lotId) throws IOException {
        long id;
        try {
            id = Long.parseLong(lotId);
        } catch (NumberFormatException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such lot"));
            return;
        }
        HallHub hub = hub();
        Outbound.attach(session);
        // the server's pings and the watcher's pongs keep it alive; HallHub closes the silent ones (1001). The
        // container's own idle timer is off: it is re-armed on every message in and out (a scheduled task each), and
        // under a bidding load it closed busy bidders' sockets "because of the idle timeout" (the auction benchmark)
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(hub.limits().maxMessageBytes());
        if (!hub.join(id, session, HallAdmission.address(session))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "too many connections from your address"));
            return;
        }
        // joined first, read second: a change committed in between reaches this watcher as a push
        AuctionState state = state(id);
        if (state == null) {
            hub.leave(id, session);
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such lot"));
            return;
        }
        hub.remember(state);
        Outbound.send(session, StateJson.of(state, hub.now()));
    }

    @OnMessage
    public void catchUp(Session session, String text, @PathParam("lotId") String lotId) {
        HallHub hub = hub();
        hub.heard(session);
        if (hub.limits().tooBig(text)) {
            HallHub.close(session, CloseReason.CloseCodes.TOO_BIG, "message too long");
            return;
        }
        long id;
        try {
            id = Long.parseLong(lotId);
        } catch (NumberFormatException e) {
            return;   // refused at open
        }
        if (SocketBids.isBid(text)) {
            // a bid: the bid rate limits of the REST API apply (Bidding), not the watchers' limit on asking for the state
            bids().bid(session, id, text);
            return;
        }
        if (!hub.mayAsk(session)) {
            HallHub.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "too many messages");
            return;
        }
        AuctionState state = hub.lastState(id);
        if (state == null) {
            state = state(id);
            if (state != null) {
                hub.remember(state);
            }
        }
        if (state != null) {
            Outbound.send(session, StateJson.of(state, hub.now()));
        }
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        hub().heard(session);
    }

    @OnClose
    public void close(Session session, @PathParam("lotId") String lotId) {
        try {
            hub().leave(Long.parseLong(lotId), session);
        } catch (NumberFormatException ignored) {
            // never joined
        }
    }

    @OnError
    public void error(Session session, Throwable t, @PathParam("lotId") String lotId) {
        close(session, lotId);
    }

    private static AuctionState state(long lotId) {
        try {
            return CDI.current().select(AuctionService.class).get().state(lotId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // one endpoint instance per connection: the beans are looked up once, not for every message of a busy bidder
    private HallHub hub;
    private SocketBids bids;

    private HallHub hub() {
        if (hub == null) {
            hub = CDI.current().select(HallHub.class).get();
        }
        return hub;
    }

    private SocketBids bids() {
        if (bids == null) {
            bids = CDI.current().select(SocketBids.class).get();
        }
        return bids;
    }
}
