package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.auction.Replay;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Exactly one winner per lot, also with two servers": two servers' desks (each with its own connection and its own
 * engine in memory) and the running exchange itself write one lot at the same time — bidders split between the two
 * desks, the limited period short, both desks and the exchange's sweeper ticking at the close (the session is rescheduled to start now, with a 5 s
 * limited period, as staff may before the first bid: every writer rebuilds its engine on the new terms). The log has one award;
 * every acknowledged acceptance is stored; replaying the log gives the recorded outcome.
 */
final class TwoServers {

    private TwoServers() {
    }

    static String run(String jdbcUrl, long lot, int bidders) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            // as a reschedule before the first bid does: the servers' writers rebuild their engines on the new terms
            s.executeUpdate("update auction set starts_at = now(), next_check_at = now(), free_seconds = 0, limited_seconds = 5,"
                    + " terms_version = terms_version + 1, phase = 'NOT_STARTED' where lot_id = " + lot);
        }
        AuctionDesk a = BenchLoads.desk(jdbcUrl);
        AuctionDesk b = BenchLoads.desk(jdbcUrl);
        AtomicLong counter = new AtomicLong();
        ConcurrentLinkedQueue<BidOutcome> acks = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        CountDownLatch done = new CountDownLatch(bidders);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int i = 0; i < bidders; i++) {
            AuctionDesk desk = i % 2 == 0 ? a : b;
            String code = String.format("%04d", i + 1);
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        BigDecimal amount = AuctionBenchmarkIT.START.add(AuctionBenchmarkIT.INC.multiply(BigDecimal.valueOf(counter.getAndIncrement())));
                        acks.add(desk.bid(lot, code, amount, java.util.UUID.randomUUID().toString(), null, null).get(30, TimeUnit.SECONDS));
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (failure.get() != null) {
            throw new AssertionError("a bid through one of the two desks failed", failure.get());
        }
        Thread.sleep(5500);
        a.tick(lot);
        b.tick(lot);
        Thread.sleep(2000);
        List<AuctionCommand> commands = new ArrayList<>();
        int awards;
        String winner;
        BigDecimal price;
        List<Long> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            for (BidLog.Entry e : BidLog.after(c, lot, SessionTerms.session(c, lot), 0)) {
                commands.add(e.command());
                if ("ACCEPTED".equals(e.result())) {
                    stored.add(e.seq());
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from bid_log where lot_id = " + lot + " and result = 'LotAwarded'")) {
                rs.next();
                awards = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("select winner, final_price from auction where lot_id = " + lot)) {
                rs.next();
                winner = rs.getString(1);
                price = rs.getBigDecimal(2);
            }
            AuctionTerms terms = SessionTerms.terms(c, lot);
            List<AuctionEvent> replayed = Replay.events(terms, commands);
            assertThat(replayed).filteredOn(e -> e instanceof AuctionEvent.LotAwarded).singleElement()
                    .satisfies(w -> {
                        assertThat(((AuctionEvent.LotAwarded) w).bidderCode()).isEqualTo(winner);
                        assertThat(((AuctionEvent.LotAwarded) w).price()).isEqualByComparingTo(price);
                    });
        }
        a.stop();
        b.stop();
        long accepted = acks.stream().filter(BidOutcome::accepted).count();
        assertThat(awards).as("one award in the log").isEqualTo(1);
        assertThat(acks.stream().filter(BidOutcome::accepted)).allSatisfy(o -> assertThat(stored).contains(o.seq()));
        return String.format("two servers' writers + the exchange on one lot: %d bids answered (%d accepted, all stored), %d commands"
                + " in the log, one award (%s at %s), replay equal", acks.size(), accepted, commands.size(), winner, price.toPlainString());
    }
}
