package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A test model of one lot's single writer, without a database: commands from many threads are taken one at a time,
 * each stamped with the time read inside the lock (never going backwards), and journalled in the order the engine saw
 * them — the journal replays to the same events. The exchange's real writer is {@code LotWriter} in exchange-ejb, which
 * does the same under the lot row's lock and journals into the bid log (tested there on PostgreSQL).
 */
final class SerializedLot {

    private final AuctionTerms terms;
    private final AuctionEngine engine;
    private final InstantSource clock;
    private final List<AuctionCommand> journal = new ArrayList<>();
    private final List<AuctionEvent> events = new ArrayList<>();
    private Instant last = Instant.MIN;

    SerializedLot(AuctionTerms terms, InstantSource clock) {
        this.terms = terms;
        this.engine = terms.newEngine();
        this.clock = clock;
    }

    public synchronized List<AuctionEvent> placeBid(String bidderCode, BigDecimal amount) {
        return submit(new AuctionCommand.PlaceBid(bidderCode, amount, stamp()));
    }

    public synchronized List<AuctionEvent> tick() {
        return submit(new AuctionCommand.Tick(stamp()));
    }

    /** The price a new bid must beat, as of now. */
    public synchronized BigDecimal price() {
        return engine.price();
    }

    public synchronized AuctionEngine.Phase phase() {
        return engine.phase();
    }

    public synchronized List<AuctionCommand> journal() {
        return Collections.unmodifiableList(new ArrayList<>(journal));
    }

    public synchronized List<AuctionEvent> events() {
        return Collections.unmodifiableList(new ArrayList<>(events));
    }

    public AuctionTerms terms() {
        return terms;
    }

    private Instant stamp() {
        Instant now = clock.instant();
        if (now.isBefore(last)) {
            now = last;
        }
        last = now;
        return now;
    }

    private List<AuctionEvent> submit(AuctionCommand c) {
        List<AuctionEvent> out = engine.handle(c);
        journal.add(c);
        events.addAll(out);
        return out;
    }
}
