package cn.exchange.web.auction;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.util.ArrayDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One hall socket's messages out, one at a time and in order: the hall's pushes (from the writer's and the scheduler's
 * threads), the time signal and the answers to its bids (from the threads that commit them) all go through here, so
 * that two threads never send on the socket at once (the WebSocket API does not promise that concurrent sends work,
 * and a failed send would be a lost answer). Each message is written when the one before it is out. A watcher that
 * cannot keep up — {@link #MAX_QUEUED} messages waiting — is closed with 1013 (try again later): its page reconnects,
 * gets the whole state, and sends its unanswered bids again with their request ids.
 */
final class Outbound {

    static final int MAX_QUEUED = 1_000;
    private static final String KEY = "exchange.hall.outbound";
    private static final Logger LOG = Logger.getLogger(Outbound.class.getName());

    private final Session session;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;

    private Outbound(Session session) {
        this.session = session;
    }

    /** Gives a new socket its outbound queue (at open, before anything is sent to it). */
    static void attach(Session session) {
        session.getUserProperties().put(KEY, new Outbound(session));
    }

    /** Sends {@code text} on the socket after whatever is already on its way. */
    static void send(Session session, String text) {
        if (session.getUserProperties().get(KEY) instanceof Outbound o) {
            o.send(text);
        }
    }

    private void send(String text) {
        boolean tooSlow = false;
        synchronized (this) {
            if (sending) {
                if (queue.size() < MAX_QUEUED) {
                    queue.add(text);
                    return;
                }
                queue.clear();
                tooSlow = true;
            } else {
                sending = true;
            }
        }
        if (tooSlow) {
            LOG.info(() -> "a hall socket " + MAX_QUEUED + " messages behind is closed (1013) to reconnect");
            HallHub.close(session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow");
        } else {
            write(text);
        }
    }

    private void write(String text) {
        if (!session.isOpen()) {
            done();
            return;
        }
        try {
            session.getAsyncRemote().sendText(text, result -> {
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "hall socket send failed", result.getException());
                }
                String next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        sending = false;
                    }
                }
                if (next != null) {
                    write(next);
                }
            });
        } catch (RuntimeException e) {
            // the socket went away; its close removes it from the hall
            LOG.log(Level.FINE, "hall socket send refused", e);
            done();
        }
    }

    private synchronized void done() {
        queue.clear();
        sending = false;
    }
}
