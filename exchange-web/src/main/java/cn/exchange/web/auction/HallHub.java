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
import jakarta.websocket.Session;

import cn.exchange.core.security.WatcherLimits;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.websocket.CloseReason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The hall's push: every committed change of a lot's session goes, as one JSON text, to every WebSocket watching that
 * lot on this server (paced by {@link PushPacer}: changes within 50 ms fold into the latest); every 5 seconds each watcher also gets the server's time, so countdowns follow the server's clock
 * even when the device's clock is wrong or the device slept. A watcher that (re)connects gets the full state at once —
 * each message is the whole state, so catching up is one message.
 *
 * <p>Every watcher is bounded ({@link WatcherLimits}): connections per client address, an idle timeout
 * (each time signal goes with a ping; a watcher from which nothing came back for the timeout is closed), the size and
 * rate of what it sends, and a request for the state again is answered from the last state pushed for the lot, not
 * from the database.
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

    @jakarta.inject.Inject
    ExchangeConfig config;

    @jakarta.inject.Inject
    cn.exchange.ejb.platform.ExchangeMetrics metrics;

    private static final Logger LOG = Logger.getLogger(HallHub.class.getName());
    private static final String ADDRESS = "exchange.hall.address";
    private static final String HEARD = "exchange.hall.heard";
    private static final String COUNT = "exchange.hall.count";

    private final Map<Long, Set<Session>> watchers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final Map<Long, AuctionState> last = new ConcurrentHashMap<>();
    private volatile WatcherLimits limits = WatcherLimits.DEFAULT;
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
    private volatile PushPacer pacer;

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        WatcherLimits d = WatcherLimits.DEFAULT;
        limits = new WatcherLimits(config.integer("exchange.hall.watchers-per-address", d.perAddress()),
                Duration.parse(config.string("exchange.hall.idle-timeout", d.idleTimeout().toString())),
                config.integer("exchange.hall.message-max-bytes", d.maxMessageBytes()),
                config.integer("exchange.hall.messages-per-minute", d.messagesPerMinute()));
        LOG.info(() -> "Trading hall watchers: at most " + limits.perAddress() + " per address (0 = no cap), idle timeout "
                + limits.idleTimeout() + ", messages up to " + limits.maxMessageBytes() + " bytes, "
                + limits.messagesPerMinute() + " a minute");
        long interval = TimeUnit.MILLISECONDS.toNanos(config.integer("exchange.hall.push-interval-ms", 50));
        // a push goes out on the thread that committed the change (the lot's writer), or, folded, from the scheduler;
        // handing it to another pool measured slower for 2,000 watchers in the auction benchmark (the sends are
        // asynchronous: each only queues its message on its socket's Outbound)
        pacer = new PushPacer(interval, System::nanoTime, (task, nanos) -> scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS),
                this::pushNow);
        desk.addListener(listener);
        metrics.gauge("exchange_hall_watchers", "WebSocket connections of the trading halls on this instance", this::watchers);
        heartbeat = scheduler.scheduleAtFixedRate(this::beat, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        desk.removeListener(listener);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    WatcherLimits limits() {
        return limits;
    }

    /** Whether one more watcher from this address would be admitted now (the check before the WebSocket handshake). */
    boolean admits(String address) {
        AtomicInteger open = perAddress.get(address);
        return limits.admits(address, open == null ? 0 : open.get());
    }

    /**
     * Adds a watcher of a lot from an address, unless the address already holds its share of connections (checked and
     * counted atomically, so that connections opened at once cannot pass the cap together).
     */
    boolean join(long lotId, Session s, String address) {
        boolean[] admitted = {false};
        perAddress.compute(address, (k, open) -> {
            int n = open == null ? 0 : open.get();
            if (!limits.admits(address, n)) {
                return open;
            }
            admitted[0] = true;
            AtomicInteger counter = open == null ? new AtomicInteger() : open;
            counter.incrementAndGet();
            return counter;
        });
        if (!admitted[0]) {
            return false;
        }
        s.getUserProperties().put(ADDRESS, address);
        s.getUserProperties().put(HEARD, System.nanoTime());
        s.getUserProperties().put(COUNT, new WatcherLimits.MessageCount());
        watchers.computeIfAbsent(lotId, k -> ConcurrentHashMap.newKeySet()).add(s);
        return true;
    }

    void leave(long lotId, Session s) {
        Set<Session> set = watchers.get(lotId);
        if (set != null && set.remove(s)) {
            Object address = s.getUserProperties().get(ADDRESS);
            if (address != null) {
                perAddress.computeIfPresent(address.toString(), (k, open) -> open.decrementAndGet() <= 0 ? null : open);
            }
            if (set.isEmpty()) {
                // nobody watches: changes are no longer pushed here, so the last state would go stale
                last.remove(lotId);
                if (pacer != null) {
                    pacer.forget(lotId);
                }
            }
        }
    }

    /** Something (a pong or a message) came from this watcher. */
    void heard(Session s) {
        s.getUserProperties().put(HEARD, System.nanoTime());
    }

    /** Whether this watcher's request is within its rate; counts it. */
    boolean mayAsk(Session s) {
        Object count = s.getUserProperties().get(COUNT);
        return !(count instanceof WatcherLimits.MessageCount c) || c.allows(limits, System.nanoTime());
    }

    /** The last state pushed or read for a lot while it is watched, or null. */
    AuctionState lastState(long lotId) {
        return last.get(lotId);
    }

    /** Keeps a state as the lot's last one unless a later one is already kept. */
    void remember(AuctionState state) {
        if (watching(state.lotId()) > 0) {
            last.merge(state.lotId(), state, (old, now) -> now.lastSeq() >= old.lastSeq() ? now : old);
        }
    }

    /** Every hall's connections on this instance (operators' metrics). */
    int watchers() {
        int n = 0;
        for (Set<Session> set : watchers.values()) {
            n += set.size();
        }
        return n;
    }

    int watching(long lotId) {
        Set<Session> set = watchers.get(lotId);
        return set == null ? 0 : set.size();
    }

    void publish(AuctionState state) {
        remember(state);
        if (watching(state.lotId()) > 0) {
            pacer.offer(state);
        }
    }

    /** One state to every watcher of its lot on this instance ({@link PushPacer} decides when). */
    private void pushNow(AuctionState state) {
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
        String text = StateJson.JSON.createObjectBuilder().add("type", "time").add("serverTime", now()).build().toString();
        long nanos = System.nanoTime();
        for (Map.Entry<Long, Set<Session>> lot : watchers.entrySet()) {
            for (Session s : lot.getValue()) {
                Object heard = s.getUserProperties().get(HEARD);
                if (heard instanceof Long h && limits.idle(Duration.ofNanos(nanos - h))) {
                    leave(lot.getKey(), s);
                    close(s, CloseReason.CloseCodes.GOING_AWAY, "idle");
                    continue;
                }
                send(s, text);
                ping(s);
            }
        }
    }

    private static void ping(Session s) {
        if (s.isOpen()) {
            try {
                s.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            } catch (IOException | RuntimeException e) {
                // the watcher went away; its close removes it
            }
        }
    }

    static void close(Session s, CloseReason.CloseCode code, String reason) {
        try {
            s.close(new CloseReason(code, reason));
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }

    private static void send(Session s, String text) {
        Outbound.send(s, text);
    }

}
