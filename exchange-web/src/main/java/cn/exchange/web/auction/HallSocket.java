package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;

/**
 * {@code /ws/auctions/{lotId}}: a watcher of a lot's session (anyone — the hall shows bidder codes only, rule 23). On
 * connect, and on any text it sends (a reconnecting page asks again), the watcher gets the full committed state; then
 * every change. Watching is read-only: bids go through the page or the REST API, which check the bidder.
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
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(256);
        AuctionState state = state(id);
        if (state == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such lot"));
            return;
        }
        hub().join(id, session);
        session.getAsyncRemote().sendText(StateJson.of(state, hub().now()));
    }

    @OnMessage
    public void catchUp(Session session, String ignored, @PathParam("lotId") String lotId) {
        AuctionState state = state(Long.parseLong(lotId));
        if (state != null) {
            session.getAsyncRemote().sendText(StateJson.of(state, hub().now()));
        }
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

    private static HallHub hub() {
        return CDI.current().select(HallHub.class).get();
    }
}
