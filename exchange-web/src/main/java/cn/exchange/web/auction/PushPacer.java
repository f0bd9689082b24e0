package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Paces the hall's push of a lot's state: the first change after a quiet {@code interval} goes out at once; changes
 * that follow within the interval are folded into one, the latest, sent when the interval has passed. Each message is
 * the whole state, so a watcher misses nothing by not receiving the states in between — and a hot lot with hundreds of
 * bids a second costs its watchers (the bidders' own sockets among them) a few messages a second, not one per bid.
 * The delay a change can get is at most the interval ({@code exchange.hall.push-interval-ms}, default 50 ms).
 */
final class PushPacer {

    private final long intervalNanos;
    private final LongSupplier nanos;
    private final BiConsumer<Runnable, Long> later;
    private final Consumer<AuctionState> send;
    private final Map<Long, Slot> slots = new ConcurrentHashMap<>();

    /** A lot's pending state and when its last push went out. */
    private static final class Slot {
        AuctionState next;
        long sentAt;
        boolean scheduled;
        boolean sentOnce;
    }

    /**
     * @param intervalNanos the shortest time between two pushes of one lot (0: every change at once)
     * @param nanos         the monotonic clock ({@link System#nanoTime} in the server)
     * @param later         runs a task after a delay in nanoseconds (the container's scheduler in the server)
     * @param send          sends one state to every watcher of its lot
     */
    PushPacer(long intervalNanos, LongSupplier nanos, BiConsumer<Runnable, Long> later, Consumer<AuctionState> send) {
        this.intervalNanos = intervalNanos;
        this.nanos = nanos;
        this.later = later;
        this.send = send;
    }

    void offer(AuctionState state) {
        Slot slot = slots.computeIfAbsent(state.lotId(), k -> new Slot());
        AuctionState now = null;
        long wait = 0;
        synchronized (slot) {
            slot.next = newer(slot.next, state);
            if (slot.scheduled) {
                return;
            }
            long t = nanos.getAsLong();
            wait = slot.sentOnce ? slot.sentAt + intervalNanos - t : 0;
            if (wait <= 0) {
                now = slot.next;
                slot.next = null;
                slot.sentAt = t;
                slot.sentOnce = true;
            } else {
                slot.scheduled = true;
            }
        }
        if (now != null) {
            send.accept(now);
        } else {
            later.accept(() -> flush(slot), wait);
        }
    }

    /** The lot is no longer watched here. */
    void forget(long lotId) {
        slots.remove(lotId);
    }

    private void flush(Slot slot) {
        AuctionState s;
        synchronized (slot) {
            s = slot.next;
            slot.next = null;
            slot.scheduled = false;
            slot.sentAt = nanos.getAsLong();
        }
        if (s != null) {
            send.accept(s);
        }
    }

    /** The later of two states of a lot: a later session, or more of the bid log (a phase change keeps the count). */
    private static AuctionState newer(AuctionState pending, AuctionState offered) {
        if (pending == null) {
            return offered;
        }
        if (offered.session() != pending.session()) {
            return offered.session() > pending.session() ? offered : pending;
        }
        return offered.lastSeq() >= pending.lastSeq() ? offered : pending;
    }
}
