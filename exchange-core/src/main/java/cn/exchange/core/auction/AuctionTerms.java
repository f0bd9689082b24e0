package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A lot's auction settings, with the defaults of domain.md §2.2: a free period (e.g. 60 minutes) and a limited period
 * of [300] seconds that every valid bid restarts; a reserve below which the lot fails; an optional cap that closes
 * the lot at the cap. For a Dutch auction: the price falls by {@code dutchStep} every {@code dutchInterval} down to
 * {@code dutchFloor}.
 *
 * @param qualified the bidder codes admitted to this lot
 */
public record AuctionTerms(Mode mode, BigDecimal startPrice, BigDecimal increment, BigDecimal reserve, BigDecimal cap,
                           Instant start, Instant freeEnd, Duration limited, BigDecimal dutchStep, Duration dutchInterval,
                           BigDecimal dutchFloor, Set<String> qualified) {

    public enum Mode {
        /** 多次报价: ascending, free period then limited period. */
        ASCENDING,
        /** 一次报价: one sealed quote per bidder until {@code freeEnd}; highest wins, ties to the earlier. */
        SEALED,
        /** 荷式: descending price, the first acceptance wins. */
        DUTCH
    }

    public static AuctionTerms ascending(BigDecimal start, BigDecimal increment, BigDecimal reserve, BigDecimal cap, Instant opens,
                                         Duration free, Duration limited, Set<String> qualified) {
        return new AuctionTerms(Mode.ASCENDING, start, increment, reserve, cap, opens, opens.plus(free), limited, null, null, null,
                Set.copyOf(qualified));
    }

    public static AuctionTerms sealed(BigDecimal start, BigDecimal reserve, Instant opens, Duration open, Set<String> qualified) {
        return new AuctionTerms(Mode.SEALED, start, null, reserve, null, opens, opens.plus(open), Duration.ZERO, null, null, null,
                Set.copyOf(qualified));
    }

    public static AuctionTerms dutch(BigDecimal start, BigDecimal step, Duration interval, BigDecimal floor, Instant opens,
                                     Set<String> qualified) {
        return new AuctionTerms(Mode.DUTCH, start, null, null, null, opens, null, Duration.ZERO, step, interval, floor,
                Set.copyOf(qualified));
    }

    public AuctionEngine newEngine() {
        return switch (mode) {
            case ASCENDING -> new AscendingAuction(this);
            case SEALED -> new SealedAuction(this);
            case DUTCH -> new DutchAuction(this);
        };
    }
}
