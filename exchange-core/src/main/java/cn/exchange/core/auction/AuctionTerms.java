package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A lot's auction settings, with the defaults of docs/rules.md §2.2: a free period (e.g. 60 minutes) and a limited period
 * of [300] seconds that every valid bid restarts; a reserve below which the lot fails; an optional cap that closes
 * the lot at the cap. For a Dutch auction: the price falls by {@code dutchStep} every {@code dutchInterval} down to
 * {@code dutchFloor}.
 *
 * @param qualified      the bidder codes admitted to this lot
 * @param priorityRanks  the codes of priority purchase right holders (优先购买权, docs/rules.md §1.7) and their rank, 1 the
 *                       first (rank 1 before rank 2), as the agency named them and the reviewer confirmed them; exercised in
 *                       the auction (the courts' mode, SPC Art. 19, 21, rule 24): at an equal price a holder beats an
 *                       outsider and a holder of a lower rank ({@link #mayMatch}); at equal rank the earlier bid stands
 * @param priorityMode   how the holders exercise the right: in the auction (above), or after it (事后行权): they do not
 *                       bid, and when the outsiders' bidding ends they may match its final price within {@code matchWindow}
 */
public record AuctionTerms(Mode mode, BigDecimal startPrice, BigDecimal increment, BigDecimal reserve, BigDecimal cap,
                           Instant start, Instant freeEnd, Duration limited, BigDecimal dutchStep, Duration dutchInterval,
                           BigDecimal dutchFloor, Set<String> qualified, java.util.Map<String, Integer> priorityRanks,
                           cn.exchange.core.listing.PriorityExercise priorityMode, Duration matchWindow) {

    /** The match period of 事后行权 when a lot sets none: [300 s], the holder deciding "on the spot" (Luohe). */
    public static final Duration DEFAULT_MATCH_WINDOW = Duration.ofSeconds(300);

    public AuctionTerms {
        qualified = Set.copyOf(qualified);
        priorityRanks = priorityRanks == null ? java.util.Map.of() : java.util.Map.copyOf(priorityRanks);
        priorityMode = priorityMode == null ? cn.exchange.core.listing.PriorityExercise.IN_AUCTION : priorityMode;
        matchWindow = matchWindow == null ? DEFAULT_MATCH_WINDOW : matchWindow;
    }

    /** Terms whose holders (if any) exercise the right in the auction. */
    public AuctionTerms(Mode mode, BigDecimal startPrice, BigDecimal increment, BigDecimal reserve, BigDecimal cap,
                        Instant start, Instant freeEnd, Duration limited, BigDecimal dutchStep, Duration dutchInterval,
                        BigDecimal dutchFloor, Set<String> qualified, java.util.Map<String, Integer> priorityRanks) {
        this(mode, startPrice, increment, reserve, cap, start, freeEnd, limited, dutchStep, dutchInterval, dutchFloor, qualified,
                priorityRanks, cn.exchange.core.listing.PriorityExercise.IN_AUCTION, null);
    }

    /** The same terms with priority right holders (who must be qualified bidders of the lot). */
    public AuctionTerms withPriority(java.util.Map<String, Integer> ranks) {
        return new AuctionTerms(mode, startPrice, increment, reserve, cap, start, freeEnd, limited, dutchStep, dutchInterval, dutchFloor,
                qualified, ranks, priorityMode, matchWindow);
    }

    /** The same terms with the holders exercising the right after the auction (事后行权), within {@code window}. */
    public AuctionTerms withMatchAfter(Duration window) {
        return new AuctionTerms(mode, startPrice, increment, reserve, cap, start, freeEnd, limited, dutchStep, dutchInterval, dutchFloor,
                qualified, priorityRanks, cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION, window);
    }

    /**
     * Rule 24, the one place it is decided: whether {@code code} takes the lead from {@code leader} at the same price —
     * a holder over an outsider, and among holders the higher rank (rank 1 before rank 2); at equal rank the earlier
     * bid or quote stands. Ascending lots: a holder matches the highest bid; sealed lots: an equal quote of a holder
     * beats the earlier one of an outsider or of a lower-ranked holder.
     */
    public boolean mayMatch(String code, String leader) {
        if (priorityMode == cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION) {
            return false;   // the holders match after the bidding (BaseAuction's match period), never in it
        }
        Integer mine = priorityRanks.get(code);
        if (mine == null || code.equals(leader)) {
            return false;
        }
        Integer theirs = leader == null ? null : priorityRanks.get(leader);
        return theirs == null || mine < theirs;
    }

    /** Rule 22: the free period [60 min] before the limited period. */
    public static final Duration DEFAULT_FREE = Duration.ofMinutes(60);
    /** Rule 22: the limited period [300 s], restarted by every valid bid. */
    public static final Duration DEFAULT_LIMITED = Duration.ofSeconds(300);

    /**
     * The terms of a listed lot's session, from the lot as the agency registered it (rule 17: the method announced with
     * the listing). Ascending, sealed and court-style lots start at the listing price with the lot's increment and
     * reserve; a Dutch lot opens at its own start price and falls by its step every interval down to its floor — its
     * {@link cn.exchange.core.listing.DutchTerms}, checked at listing by {@code LotRules} (start above the floor, floor
     * not below the listing price).
     */
    public static AuctionTerms forLot(cn.exchange.core.listing.Lot lot, Instant opens, Duration free, Duration limited,
                                      Set<String> qualified) {
        if (lot.getBiddingMethod() == cn.exchange.core.listing.BiddingMethod.DUTCH) {
            cn.exchange.core.listing.DutchTerms d = lot.getDutchTerms();
            if (d == null) {
                throw new cn.exchange.core.shared.DomainException("dutch", "lot.dutchTermsRequired");
            }
            return dutch(d.startPrice(), d.step(), Duration.ofSeconds(d.intervalSeconds()), d.floor(), opens, qualified);
        }
        AuctionTerms t = forLot(lot.getBiddingMethod(), lot.getProject().getCategory().courtStyle(), lot.getListingPrice(),
                lot.getIncrement(), lot.getReservePrice(), opens, free, limited, qualified);
        // rule 24: the holders exercise as the lot's announcement says (PriorityHolder#chooseExercise)
        return lot.getPriorityExercise() == cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION
                ? t.withMatchAfter(Duration.ofSeconds(lot.getPriorityMatchSeconds())) : t;
    }

    /**
     * The terms of a session with the listing price as start price and the lot's increment and reserve; not for a Dutch
     * lot, whose own terms ({@link #forLot(cn.exchange.core.listing.Lot, Instant, Duration, Duration, Set)}) say where
     * it starts and how far it falls.
     */
    public static AuctionTerms forLot(cn.exchange.core.listing.BiddingMethod method, BigDecimal listingPrice, BigDecimal increment,
                                      BigDecimal reserve, Instant opens, Duration free, Duration limited, Set<String> qualified) {
        return forLot(method, false, listingPrice, increment, reserve, opens, free, limited, qualified);
    }

    /**
     * As {@link #forLot(cn.exchange.core.listing.BiddingMethod, BigDecimal, BigDecimal, BigDecimal, Instant, Duration,
     * Duration, Set)}; a court-style lot bids ascending under rule 34 ({@link #court}), {@code free} being its whole
     * bidding time (default 24 h).
     */
    public static AuctionTerms forLot(cn.exchange.core.listing.BiddingMethod method, boolean courtStyle, BigDecimal listingPrice,
                                      BigDecimal increment, BigDecimal reserve, Instant opens, Duration free, Duration limited,
                                      Set<String> qualified) {
        if (courtStyle && method == cn.exchange.core.listing.BiddingMethod.ONLINE_ASCENDING) {
            return court(listingPrice, increment, reserve, opens, free == null ? COURT_BIDDING : free, qualified);
        }
        return switch (method) {
            case ONLINE_ASCENDING -> ascending(listingPrice, increment, reserve, null, opens, free, limited, qualified);
            case SEALED_ONE_TIME -> sealed(listingPrice, reserve, opens, free, qualified);
            case DUTCH -> throw new cn.exchange.core.shared.DomainException("dutch", "lot.dutchTermsRequired");
            case NEGOTIATED_ONLY -> throw new cn.exchange.core.shared.DomainException("biddingMethod", "auction.negotiatedOnly");
        };
    }

    /** The longest free period a lot may set. */
    public static final Duration MAX_FREE = Duration.ofDays(60);
    /** The limited period a lot may set: from [5 s] (tests, very small lots) to a day. */
    public static final Duration MIN_LIMITED = Duration.ofSeconds(5);
    public static final Duration MAX_LIMITED = Duration.ofHours(24);

    /**
     * A lot's own periods, or rule 22's defaults where it sets none; refused outside the bounds above, field named.
     *
     * @return {free, limited}
     */
    public static Duration[] periods(Duration free, Duration limited) {
        Duration f = free == null ? DEFAULT_FREE : free;
        Duration l = limited == null ? DEFAULT_LIMITED : limited;
        if (f.isNegative() || f.compareTo(MAX_FREE) > 0) {
            throw new cn.exchange.core.shared.DomainException("freeSeconds", "auction.freePeriod");
        }
        if (l.compareTo(MIN_LIMITED) < 0 || l.compareTo(MAX_LIMITED) > 0) {
            throw new cn.exchange.core.shared.DomainException("limitedSeconds", "auction.limitedPeriod");
        }
        return new Duration[] {f, l};
    }

    /**
     * Rules 17, 22: a session may be rescheduled only while it has not started, and "started" is decided by its phase —
     * never by the length of its bid log: a bid refused before the start is logged (rule 21) but starts nothing. A
     * session whose start time has come counts as started even before a tick moved its stored phase (its engine starts
     * at that time).
     *
     * @param phase the session's phase as stored, {@code null} when it has none yet
     */
    public static void requireNotStarted(AuctionEngine.Phase phase, Instant start, Instant now) {
        if (phase != null && (phase != AuctionEngine.Phase.NOT_STARTED || !now.isBefore(start))) {
            throw new cn.exchange.core.shared.DomainException("startsAt", "auction.alreadyRunning");
        }
    }

    /**
     * Rule 25, the one place it is decided: a session may be annulled for a recorded technical fault while it runs —
     * in its free or limited period, or paused for the outage (the usual way: pause first, then decide). One that has not
     * started is rescheduled instead; a closed session's record and result are final — also one whose countdown ran out
     * before the server's next tick closed it (its result is decided by then).
     *
     * @param phase    the session's phase as stored
     * @param closesAt when it closes if nothing happens, as stored (null while no countdown runs or while paused)
     */
    public static void requireAnnullable(AuctionEngine.Phase phase, Instant closesAt, Instant now) {
        if (phase == AuctionEngine.Phase.NOT_STARTED) {
            throw new cn.exchange.core.shared.DomainException("lotId", "auction.annulNotStarted");
        }
        if (phase == AuctionEngine.Phase.CLOSED
                || phase != AuctionEngine.Phase.PAUSED && closesAt != null && !now.isBefore(closesAt)) {
            throw new cn.exchange.core.shared.DomainException("lotId", "auction.annulClosed");
        }
    }

    /** Rule 17: an auction needs two or more qualified bidders (with one, the lot goes to a negotiated transfer). */
    public static void requireCompetition(Set<String> qualified, long lotId) {
        requireCompetition(qualified, lotId, false);
    }

    /** As above; a court-entrusted lot's auction needs one qualified bidder only (rule 34, SPC 2016 Art. 11). */
    public static void requireCompetition(Set<String> qualified, long lotId, boolean court) {
        if (qualified.size() < (court ? 1 : 2)) {
            throw new cn.exchange.core.shared.DomainException("lotId", "auction.tooFewBidders", lotId);
        }
    }

    /**
     * Rule 20, as a quick bid of {@code n} increments: over the price the bidder saw; while no bid has been accepted the
     * first step is the start price itself.
     */
    public static BigDecimal quickBid(BigDecimal startPrice, BigDecimal increment, BigDecimal shownPrice, boolean anyBidAccepted, int n) {
        BigDecimal inc = increment == null ? BigDecimal.ZERO : increment;
        return anyBidAccepted ? shownPrice.add(inc.multiply(BigDecimal.valueOf(n)))
                : startPrice.add(inc.multiply(BigDecimal.valueOf(n - 1L)));
    }

    /** Rule 34 (docs/rules.md §3, SPC Art. 20): court-style bidding lasts at least 24 hours … */
    public static final Duration COURT_BIDDING = Duration.ofHours(24);
    /** … and a bid in its last 5 minutes moves the end to 5 minutes after that bid, again and again. */
    public static final Duration COURT_EXTENSION = Duration.ofMinutes(5);

    /**
     * Rule 34: a court-style lot. The fixed end {@code opens + bidding} with the 5-minute extension rule is exactly an
     * ascending auction whose free period ends 5 minutes before that end and whose limited period is 5 minutes: without
     * a bid in the last 5 minutes it closes at the end; a bid in them restarts 5 minutes from its own server time.
     */
    public static AuctionTerms court(BigDecimal start, BigDecimal increment, BigDecimal reserve, Instant opens, Duration bidding,
                                     Set<String> qualified) {
        if (bidding.compareTo(COURT_BIDDING) < 0) {
            throw new cn.exchange.core.shared.DomainException("freeSeconds", "auction.courtBidding");
        }
        return ascending(start, increment, reserve, null, opens, bidding.minus(COURT_EXTENSION), COURT_EXTENSION, qualified);
    }

    public enum Mode {
        /** 多次报价: ascending, free period then limited period. */
        ASCENDING,
        /** 一次报价: one sealed quote per bidder until {@code freeEnd}; highest wins; at an equal quote a priority holder by rank, then the earlier (rule 24). */
        SEALED,
        /** 荷式: descending price, the first acceptance wins. */
        DUTCH
    }

    public static AuctionTerms ascending(BigDecimal start, BigDecimal increment, BigDecimal reserve, BigDecimal cap, Instant opens,
                                         Duration free, Duration limited, Set<String> qualified) {
        return new AuctionTerms(Mode.ASCENDING, start, increment, reserve, cap, opens, opens.plus(free), limited, null, null, null,
                Set.copyOf(qualified), null);
    }

    public static AuctionTerms sealed(BigDecimal start, BigDecimal reserve, Instant opens, Duration open, Set<String> qualified) {
        return new AuctionTerms(Mode.SEALED, start, null, reserve, null, opens, opens.plus(open), Duration.ZERO, null, null, null,
                Set.copyOf(qualified), null);
    }

    public static AuctionTerms dutch(BigDecimal start, BigDecimal step, Duration interval, BigDecimal floor, Instant opens,
                                     Set<String> qualified) {
        return new AuctionTerms(Mode.DUTCH, start, null, null, null, opens, null, Duration.ZERO, step, interval, floor,
                Set.copyOf(qualified), null);
    }

    public AuctionEngine newEngine() {
        return switch (mode) {
            case ASCENDING -> new AscendingAuction(this);
            case SEALED -> new SealedAuction(this);
            case DUTCH -> new DutchAuction(this);
        };
    }
}
