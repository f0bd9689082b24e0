package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * This server's entry to the lots' writers ({@link LotWriter}): it queues each command on its lot's writer and runs
 * the writers' batches on {@value #THREADS} threads of the container's managed thread factory {@value #WRITER_THREADS}
 * (declared in the web module's {@code WEB-INF/payara-resources.xml} and, for full-profile servers, the EAR's
 * {@code META-INF/payara-resources.xml}). It keeps nothing another server would need: the auction
 * row and the bid log are the state, and any server may write any lot (the row lock takes turns).
 *
 * <p>Callers are the application services ({@link AuctionService}), which check who may do what first; its methods are
 * package-private for that reason (a CDI bean, not an EJB, so that they can be).
 */
@ApplicationScoped
public class AuctionDesk {

    /**
     * The writers' thread factory. The writers' pool is made of its threads, each with the application's context
     * (class loader, naming) captured once, when the thread is made: a managed executor captures it again for every
     * task, which the bid profile showed as 37 % of a REST bid's CPU (issue 22; README "Performance").
     */
    public static final String WRITER_THREADS = "java:app/concurrent/auctionWriterThreads";

    /** Writer threads: enough to keep many lots' batches in flight; one lot uses one at a time. */
    public static final int THREADS = 16;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Resource(lookup = WRITER_THREADS)
    ManagedThreadFactory threads;

    /** {@value #THREADS} threads of {@link #threads}, made at start; a benchmark that builds the desk by hand gives a pool of its own. */
    ExecutorService pool;

    /** Whether {@link #pool} is this desk's own (shut down when the application stops). */
    private boolean ownPool;

    @Inject
    Clock clock;

    @Inject
    cn.exchange.ejb.platform.ExchangeMetrics metrics;

    private final Map<Long, LotWriter> writers = new ConcurrentHashMap<>();
    private final List<AuctionListener> listeners = new CopyOnWriteArrayList<>();
    /**
     * All listeners as one, for the writers: the state is read after a commit when a listener of this server watches
     * the lot, or when other servers may (then the change is also announced to them through {@link HallTopic}).
     */
    private final AuctionListener all = new AuctionListener() {
        @Override
        public boolean watches(long lotId) {
            HallTopic t = topic;
            return watchedHere(lotId) || t != null && t.clustered();
        }

        @Override
        public void batch(int size) {
            if (metrics != null) {
                metrics.batch(size);
            }
        }

        @Override
        public void changed(AuctionState state) {
            deliver(state);
            HallTopic t = topic;
            if (t != null && t.clustered()) {
                t.publish(state.lotId());
            }
        }
    };
    private volatile HallTopic topic;

    private boolean watchedHere(long lotId) {
        for (AuctionListener l : listeners) {
            if (l.watches(lotId)) {
                return true;
            }
        }
        return false;
    }

    private void deliver(AuctionState state) {
        for (AuctionListener l : listeners) {
            if (l.watches(state.lotId())) {
                l.changed(state);
            }
        }
    }

    /** Another server committed a change of the lot: its committed state, read here, goes to this server's watchers. */
    private void remoteChange(long lotId) {
        if (!watchedHere(lotId)) {
            return;
        }
        pool.execute(() -> {
            try {
                AuctionState s = state(lotId);
                if (s != null) {
                    deliver(s);
                }
            } catch (java.sql.SQLException | RuntimeException e) {
                java.util.logging.Logger.getLogger(AuctionDesk.class.getName()).warning(() -> "lot " + lotId
                        + " from another server not pushed: " + e);
            }
        });
    }

    @PostConstruct
    void start() {
        if (pool == null) {
            ThreadPoolExecutor p = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
            p.prestartAllCoreThreads();
            pool = p;
            ownPool = true;
        }
        topic = HallTopic.connect(this::remoteChange);
        if (metrics != null) {   // null when a benchmark builds the desk by hand
            metrics.gauge("exchange_writer_queue", "Bid commands waiting for their bid-log transaction on this instance", this::queued);
        }
    }

    /** Writers' batches handed to {@link #pool} and not finished yet. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    /** A batch handed to the pool is done (or was never taken): the last one wakes {@link #stop()}. */
    private void finished() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (inFlight) {
                inFlight.notifyAll();
            }
        }
    }

    /**
     * Before the container stops the executor: batches in flight finish and answer (up to 10 s); a command still
     * queued is never acknowledged without its commit, and its retry (same request id) finds its answer or is written.
     */
    @PreDestroy
    void stop() {
        topic = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (inFlight) {
            long left;
            while (inFlight.get() > 0 && (left = until - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(inFlight, left);   // woken by the last batch to finish
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (ownPool) {
            pool.shutdown();
        }
    }

    /** Runs {@code task} on a writer thread (the platform test checks that {@value #THREADS} run at once). */
    public <T> java.util.concurrent.Future<T> onWriterThread(java.util.concurrent.Callable<T> task) {
        return pool.submit(task);
    }

    /** The hall (WebSocket push) listens here for every committed change of any lot this server wrote. */
    public void addListener(AuctionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AuctionListener listener) {
        listeners.remove(listener);
    }

    CompletableFuture<BidOutcome> bid(long lotId, String bidderCode, BigDecimal amount, String requestId, Long accountId, String ip) {
        return submit(lotId, new AuctionCommand.PlaceBid(bidderCode, amount, Instant.EPOCH), requestId, accountId, ip);
    }

    CompletableFuture<BidOutcome> pause(long lotId, String reason, Long accountId, String ip) {
        return submit(lotId, new AuctionCommand.Pause(reason, Instant.EPOCH), null, accountId, ip);
    }

    CompletableFuture<BidOutcome> resume(long lotId, Long accountId, String ip) {
        return submit(lotId, new AuctionCommand.Resume(Instant.EPOCH), null, accountId, ip);
    }

    /** Time has come for the lot (from the sweeper); at most one tick waits per lot. */
    void tick(long lotId) {
        LotWriter w = writer(lotId);
        if (!w.hasQueuedTick()) {
            submit(lotId, new AuctionCommand.Tick(Instant.EPOCH), null, null, null);
        }
    }

    /** The code under which {@code partyId} bids on the lot, or null when that party is not qualified for it. */
    String bidderCode(long lotId, long partyId) throws SQLException {
        return writer(lotId).codesByParty(dataSource).get(partyId);
    }

    /** The committed state, read from the database (any server answers the same). */
    AuctionState state(long lotId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuctionViews.state(c, lotId);
        }
    }

    List<BidOutcome> bidsOf(long lotId, String bidderCode) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuctionViews.bidsOf(c, lotId, bidderCode);
        }
    }

    List<BidRecord> record(long lotId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuctionViews.record(c, lotId, SessionTerms.session(c, lotId));
        }
    }

    /**
     * A change made outside the lot's writer was committed (rule 25: the session annulled): the lot's writer on this
     * server forgets its engine, and the committed state goes to the hall here and on the other servers.
     */
    void announce(long lotId) {
        retire(lotId);
        try {
            AuctionState s = state(lotId);
            if (s != null && all.watches(lotId)) {
                all.changed(s);
            }
        } catch (SQLException | RuntimeException e) {
            java.util.logging.Logger.getLogger(AuctionDesk.class.getName()).warning(() -> "lot " + lotId + " not pushed: " + e);
        }
    }

    List<Long> due() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return BidLog.due(c, clock.instant(), 500);
        }
    }

    /** Commands waiting for their batch on this instance (operators' metrics). */
    public int queued() {
        int n = 0;
        for (LotWriter w : writers.values()) {
            n += w.queued();
        }
        return n;
    }

    /** Forgets a lot's writer (after its result is recorded): its engine is rebuilt from the log if ever needed again. */
    void retire(long lotId) {
        writers.remove(lotId);
    }

    private CompletableFuture<BidOutcome> submit(long lotId, AuctionCommand command, String requestId, Long accountId, String ip) {
        CompletableFuture<BidOutcome> answer = new CompletableFuture<>();
        LotWriter w = writer(lotId);
        if (w.offer(new LotWriter.Pending(command, requestId, accountId, ip, answer))) {
            inFlight.incrementAndGet();
            try {
                pool.execute(() -> {
                    try {
                        w.drain(dataSource, clock, all);
                    } finally {
                        finished();
                    }
                });
            } catch (RejectedExecutionException e) {
                finished();
                answer.completeExceptionally(new BidNotRecordedException(e));
            }
        }
        return answer;
    }

    private LotWriter writer(long lotId) {
        return writers.computeIfAbsent(lotId, LotWriter::new);
    }
}
