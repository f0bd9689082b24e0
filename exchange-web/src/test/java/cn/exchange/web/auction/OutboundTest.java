package cn.exchange.web.auction;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A hall socket's messages go out one at a time, in order, none lost, whichever threads send them. */
class OutboundTest {

    /** A socket whose sends complete later, on another thread, and that notices a send while another is under way. */
    static final class FakeSocket {
        final Map<String, Object> properties = new HashMap<>();
        final List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.Semaphore written = new java.util.concurrent.Semaphore(0);
        final AtomicBoolean writing = new AtomicBoolean();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicReference<CloseReason> closed = new AtomicReference<>();
        final ExecutorService network = Executors.newSingleThreadExecutor();
        volatile boolean stalled;
        final ConcurrentLinkedQueue<Runnable> stalledCompletions = new ConcurrentLinkedQueue<>();
        final Session session;

        FakeSocket() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (p, m, args) -> {
                        if (m.getName().equals("sendText") && args.length == 2) {
                            if (!writing.compareAndSet(false, true)) {
                                overlaps.incrementAndGet();
                            }
                            sent.add((String) args[0]);
                            written.release();
                            SendHandler done = (SendHandler) args[1];
                            Runnable complete = () -> {
                                writing.set(false);
                                done.onResult(new SendResult());
                            };
                            if (stalled) {
                                stalledCompletions.add(complete);
                            } else {
                                network.execute(complete);
                            }
                            return null;
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class}, (p, m, args) ->
                    switch (m.getName()) {
                        case "getUserProperties" -> properties;
                        case "getAsyncRemote" -> remote;
                        case "isOpen" -> closed.get() == null;
                        case "close" -> {
                            closed.set(args == null ? null : (CloseReason) args[0]);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
            Outbound.attach(session);
        }
    }

    @Test
    void messagesFromManyThreadsGoOutOneAtATimeEachSendersInOrderNoneLost() throws Exception {
        FakeSocket socket = new FakeSocket();
        int threads = 8;
        int each = 120;   // 960 in one burst: within what a socket may have waiting (a live hall has a few a second)
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int sender = t;
            senders.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < each; i++) {
                    Outbound.send(socket.session, sender + ":" + i);
                }
            });
        }
        go.countDown();
        senders.shutdown();
        assertThat(senders.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        socket.written.tryAcquire(threads * each, 20, TimeUnit.SECONDS);   // every message written, or 20 s
        assertThat(socket.overlaps.get()).as("sends that overlapped another").isZero();
        assertThat(socket.sent).hasSize(threads * each);
        for (int t = 0; t < threads; t++) {
            String prefix = t + ":";
            List<String> mine = socket.sent.stream().filter(s -> s.startsWith(prefix)).toList();
            assertThat(mine).as("sender %d in order", t).isSortedAccordingTo(
                    java.util.Comparator.comparingInt(s -> Integer.parseInt(s.substring(prefix.length()))));
        }
        socket.network.shutdown();
    }

    @Test
    void aWatcherThatCannotKeepUpIsClosedToReconnect() {
        FakeSocket socket = new FakeSocket();
        socket.stalled = true;   // the first message never leaves: the network does not take it
        for (int i = 0; i <= Outbound.MAX_QUEUED; i++) {
            Outbound.send(socket.session, "m" + i);
        }
        assertThat(socket.closed.get()).as("not yet: %d waiting", Outbound.MAX_QUEUED).isNull();
        Outbound.send(socket.session, "one too many");
        assertThat(socket.closed.get()).isNotNull();
        assertThat(socket.closed.get().getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
        socket.network.shutdown();
    }
}
