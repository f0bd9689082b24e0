package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionDesk;
import cn.exchange.ejb.auction.AuctionListener;
import cn.exchange.ejb.auction.AuctionState;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The hall's push: every committed change of a lot's session goes, as one JSON text, to every WebSocket watching that
 * lot on this server; every 5 seconds each watcher also gets the server's time, so countdowns follow the server's clock
 * even when the device's clock is wrong or the device slept. A watcher that (re)connects gets the full state at once —
 * each message is the whole state, so catching up is one message.
 */
@ApplicationScoped
public class HallHub {

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The exchange's time in epoch milliseconds (its one clock), which every message carries. */
    long now() {
        return clock.millis();
    }

    @jakarta.inject.Inject
    AuctionDesk desk;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, Set<Session>> watchers = new ConcurrentHashMap<>();
    private final AuctionListener listener = new AuctionListener() {
        @Override
        public boolean watches(long lotId) {
            return watching(lotId) > 0;
        }

        @Override
        public void changed(AuctionState state) {
            publish(state);
        }
    };
    private ScheduledFuture<?> heartbeat;

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        desk.addListener(listener);
        heartbeat = scheduler.scheduleAtFixedRate(this::beat, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        desk.removeListener(listener);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    void join(long lotId, Session s) {
        watchers.computeIfAbsent(lotId, k -> ConcurrentHashMap.newKeySet()).add(s);
    }

    void leave(long lotId, Session s) {
        Set<Session> set = watchers.get(lotId);
        if (set != null) {
            set.remove(s);
        }
    }

    int watching(long lotId) {
        Set<Session> set = watchers.get(lotId);
        return set == null ? 0 : set.size();
    }

    void publish(AuctionState state) {
        Set<Session> set = watchers.get(state.lotId());
        if (set == null || set.isEmpty()) {
            return;
        }
        String text = StateJson.of(state, now());
        for (Session s : set) {
            send(s, text);
        }
    }

    private void beat() {
        String text = Json.createObjectBuilder().add("type", "time").add("serverTime", now()).build().toString();
        for (Set<Session> set : watchers.values()) {
            for (Session s : set) {
                send(s, text);
            }
        }
    }

    private static void send(Session s, String text) {
        if (s.isOpen()) {
            try {
                s.getAsyncRemote().sendText(text);
            } catch (RuntimeException e) {
                // the watcher went away; its close removes it
            }
        }
    }

}
