package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEngine;
import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.auction.Replay;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One lot's writer on this server (LMAX style: one thread at a time applies the lot's commands to a deterministic
 * engine kept in memory). Commands queue up while a batch is being written; the next batch takes them all — up to
 * {@link #MAX_BATCH} — in one transaction: lock the lot's row, catch up on what another server wrote, stamp and apply
 * each command, append them all to the bid log, save the state, commit, and only then answer (group commit: one
 * fsync for many bids, and no bid acknowledged before it is durable).
 *
 * <p>The row lock makes the writer one per lot across servers: a server that finds {@code last_seq} ahead of its
 * engine replays the rows it has not seen. Receipt stamps never go backwards: each is at least the row's
 * {@code last_at_ms}, whatever the server's clock. On any failure the batch is rolled back, every waiting caller is told
 * to try again, and the engine is thrown away, to be rebuilt from the log.
 */
final class LotWriter {

    static final int MAX_BATCH = 1024;
    private static final Logger LOG = Logger.getLogger(LotWriter.class.getName());

    /** A command waiting for its batch, with whoever waits for the answer. */
    record Pending(AuctionCommand command, String requestId, Long accountId, String ip, CompletableFuture<BidOutcome> answer) {
    }

    final long lotId;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    // owned by the draining thread (one at a time; the AtomicBoolean's hand-over orders the memory)
    private AuctionTerms terms;
    /** The session's log folded into its engine (rule 21), with the last seq applied and the accepted bids counted. */
    private Replay replay;
    private long termsVersion = -1;
    /** The session the engine belongs to (rule 25: a re-run is a new session, with its own log from seq 1). */
    private int session;
    private volatile Map<Long, String> codesByParty;

    LotWriter(long lotId) {
        this.lotId = lotId;
    }

    /** How many commands wait for a batch (operators' metrics; counts the queue). */
    int queued() {
        return queue.size();
    }

    /** Queues a command; returns true when the caller must start a drain. */
    boolean offer(Pending p) {
        queue.add(p);
        return draining.compareAndSet(false, true);
    }

    boolean hasQueuedTick() {
        for (Pending p : queue) {
            if (p.command() instanceof AuctionCommand.Tick) {
                return true;
            }
        }
        return false;
    }

    Map<Long, String> codesByParty(DataSource ds) throws SQLException {
        Map<Long, String> codes = codesByParty;
        if (codes == null) {
            try (Connection c = ds.getConnection()) {
                codes = Map.copyOf(BidLog.codesByParty(c, lotId));
            }
            codesByParty = codes;
        }
        return codes;
    }

    /**
     * Writes batches until the queue is empty. Returns normally even when a batch failed (its callers were told).
     *
     * @param published told the committed state after each batch that changed something, if it watches the lot
     */
    void drain(DataSource ds, Clock clock, AuctionListener published) {
        try {
            drainLoop(ds, clock, published);
        } catch (Error e) {
            draining.set(false);
            throw e;
        }
    }

    private void drainLoop(DataSource ds, Clock clock, AuctionListener published) {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            Pending p;
            while (batch.size() < MAX_BATCH && (p = queue.poll()) != null) {
                batch.add(p);
            }
            if (batch.isEmpty()) {
                draining.set(false);
                // a command offered after the poll but before the flag was cleared: take it ourselves
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            AuctionState state = write(ds, clock, batch, published.watches(lotId));
            published.batch(batch.size());
            if (state != null) {
                try {
                    published.changed(state);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "publishing lot " + lotId + " failed", e);
                }
            }
        }
    }

    /** One batch in one transaction; returns the committed state when {@code wanted} and something changed, else null. */
    private AuctionState write(DataSource ds, Clock clock, List<Pending> batch, boolean wanted) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long[] head = BidLog.lock(c, lotId);
                if (head[4] == 1) {
                    // rule 25: the session was annulled and its re-run is not scheduled yet — nothing runs, nothing is logged
                    c.rollback();
                    replay = null;
                    for (Pending p : batch) {
                        p.answer().complete(BidRecords.awaitingRerun(lotId, p.command(), Instant.ofEpochMilli(clock.millis())));
                    }
                    return null;
                }
                catchUp(c, head);
                long appliedBefore = replay.lastSeq();
                Written w = new Written(batch.size(), head[0], head[1]);
                Map<String, BidLog.Entry> earlier = BidLog.answered(c, lotId, session, requestIds(batch));
                Map<String, BidOutcome> thisBatch = new HashMap<>();
                for (Pending p : batch) {
                    w.answers.add(answer(p, earlier, thisBatch, w, clock));
                }
                AuctionState state = null;
                if (!w.entries.isEmpty() || head[0] != appliedBefore || !phaseSaved(c)) {
                    BidLog.append(c, lotId, session, w.entries);
                    BidLog.saveState(c, lotId, replay.engine(), w.seq, w.lastAt, replay.acceptedAsRecorded());
                    state = wanted ? AuctionViews.state(c, lotId) : null;
                }
                BidLog.appendLate(c, lotId, session, w.late);
                c.commit();
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).answer().complete(w.answers.get(i));
                }
                return state;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "lot " + lotId + ": a batch of " + batch.size() + " command(s) was not recorded", e);
            replay = null;
            for (Pending p : batch) {
                p.answer().completeExceptionally(new BidNotRecordedException(e));
            }
            return null;
        }
    }

    /** What one batch writes: the log entries, the late bids, every caller's answer, the last seq and receipt stamp. */
    private static final class Written {
        final List<BidLog.Entry> entries = new ArrayList<>();
        final List<BidLog.Entry> late = new ArrayList<>();
        final List<BidOutcome> answers;
        long seq;
        long lastAt;

        Written(int commands, long seq, long lastAt) {
            this.answers = new ArrayList<>(commands);
            this.seq = seq;
            this.lastAt = lastAt;
        }
    }

    /**
     * Brings the engine up to the log's head (rule 21): rebuilt from the whole log when there is none, when it is ahead
     * of the row (a rolled-back batch), or when the terms or the session changed; else the rows another server wrote.
     */
    private void catchUp(Connection c, long[] head) throws SQLException {
        if (replay == null || replay.lastSeq() > head[0] || termsVersion != head[2] || session != head[3]) {
            rebuild(c, (int) head[3]);
            termsVersion = head[2];
        } else if (replay.lastSeq() < head[0]) {
            for (BidLog.Entry e : BidLog.after(c, lotId, session, replay.lastSeq())) {
                replay.apply(e.seq(), e.command(), e.result());
            }
        }
        if (replay == null) {
            throw new IllegalStateException("no auction for lot " + lotId);
        }
    }

    private static List<String> requestIds(List<Pending> batch) {
        List<String> ids = new ArrayList<>();
        for (Pending p : batch) {
            if (p.requestId() != null) {
                ids.add(p.requestId());
            }
        }
        return ids;
    }

    /**
     * One command of the batch. A bid repeating a request id already answered — in an earlier batch or in this one — gets
     * that answer again, marked repeated. Otherwise it is stamped (never before the last stamp) and taken by the engine,
     * and what it gives goes into {@code w}: log entries, or after the close a late bid kept for the trail only.
     */
    private BidOutcome answer(Pending p, Map<String, BidLog.Entry> earlier, Map<String, BidOutcome> thisBatch, Written w, Clock clock) {
        String key = p.command() instanceof AuctionCommand.PlaceBid b && p.requestId() != null ? b.bidderCode() + "/" + p.requestId() : null;
        if (key != null && earlier.containsKey(key)) {
            return BidRecords.outcome(lotId, earlier.get(key), true);
        }
        if (key != null && thisBatch.containsKey(key)) {
            return BidRecords.repeated(thisBatch.get(key));
        }
        w.lastAt = Math.max(w.lastAt, clock.millis());
        AuctionCommand cmd = BidRecords.stamped(p.command(), Instant.ofEpochMilli(w.lastAt));
        BidOutcome answer = null;
        for (AuctionEngine.Step step : AuctionEngine.take(replay.engine(), cmd)) {
            boolean own = step.command() == cmd;
            if (!step.inRecord()) {
                // after the close: answered, kept for the trail, and the session's record stays as it closed
                if (step.command() instanceof AuctionCommand.PlaceBid) {
                    BidLog.Entry e = BidRecords.entry(0, step.command(), step.events(), p);
                    w.late.add(e);
                    answer = BidRecords.outcome(lotId, e, false);
                }
            } else if (step.command() instanceof AuctionCommand.PlaceBid || !step.events().isEmpty()) {
                BidLog.Entry e = BidRecords.entry(++w.seq, step.command(), step.events(), own ? p : null);
                w.entries.add(e);
                replay.counted(e.seq(), e.result());
                if (own) {
                    answer = BidRecords.outcome(lotId, e, false);
                }
            }
        }
        if (key != null && answer != null) {
            thisBatch.put(key, answer);
        }
        return answer;
    }

    /** Whether the row's phase is the engine's (a tick that only starts the free period has no event to log). */
    private boolean phaseSaved(Connection c) throws SQLException {
        return replay.engine().phase().name().equals(BidLog.phase(c, lotId));
    }

    private void rebuild(Connection c, int current) throws SQLException {
        terms = SessionTerms.terms(c, lotId);
        session = current;
        replay = terms == null ? null : new Replay(terms);
        codesByParty = null;
        if (replay != null) {
            for (BidLog.Entry e : BidLog.after(c, lotId, session, 0)) {
                replay.apply(e.seq(), e.command(), e.result());
            }
            if (replay.differsAtSeq() != null) {
                LOG.warning("lot " + lotId + ", session " + session + ": the bid log does not replay as recorded from seq "
                        + replay.differsAtSeq() + " on; the supervisors' replay shows the difference");
            }
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool replaces it
        }
    }

    /** For the sealed lot's hidden quotes and the console: the codes known to this writer. */
    Set<String> qualified() {
        return terms == null ? Set.of() : new HashSet<>(terms.qualified());
    }
}
