package cn.exchange.core.settlement;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Forfeiting a bidder's deposit outside a contract default (docs/rules.md §1.4, rule 33): a staff decision with a reason,
 * on a ground the announcement states. The grounds seen in real announcements besides the buyer's default (which is the
 * deal's own case, {@link Deal#forfeit}):
 * <ul>
 *   <li>{@link Ground#NO_VALID_BID}: a qualified bidder placed no valid bid in the session — only where the
 *       announcement says so (the project's clause), and only once the session has closed;</li>
 *   <li>{@link Ground#FALSE_DOCUMENTS}: the application's documents were false;</li>
 *   <li>{@link Ground#COLLUSION}: collusion (恶意串通) established by staff.</li>
 * </ul>
 * Every announcement of this exchange states the last two (the announcement template says so). The winner's deposit is
 * never forfeited here: it is part of its deal, whose default case decides it. The forfeited deposit is held for the
 * transferor on the lot's account {@link Ledger#forfeited(long)} and paid out to it on the clerk's instruction.
 */
public final class DepositForfeiture {

    public enum Ground { NO_VALID_BID, FALSE_DOCUMENTS, COLLUSION }

    /** The reason's length, as stored ({@code deposit_forfeiture.reason}). */
    public static final int REASON_MAX = 1000;

    /** Lot statuses in which the session has closed (the no-bid ground can be judged). */
    static final Set<ListingStatus> SESSION_CLOSED = EnumSet.of(ListingStatus.AUCTION_SOLD, ListingStatus.AUCTION_FAILED);

    /**
     * The facts a decision is checked against.
     *
     * @param depositHeld     what the exchange still holds of the bidder's deposit (0 once refunded)
     * @param noBidClause     whether the announcement forfeits the deposit of a qualified bidder who placed no bid
     * @param validBids       the bidder's accepted bids in the session
     * @param buyer           whether the bidder is the buyer of the lot's deal
     */
    public record Facts(Application.Status status, BigDecimal depositHeld, ListingStatus lotStatus, boolean noBidClause,
                        int validBids, boolean buyer) {
    }

    private DepositForfeiture() {
    }

    /** Refuses a decision the rules do not allow, naming the field or the reason; passes otherwise. */
    public static void check(Ground ground, String reason, Facts f) {
        if (ground == null) {
            throw new DomainException("ground", "common.required");
        }
        if (reason == null || reason.strip().length() < 4) {
            throw new DomainException("reason", "forfeiture.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new DomainException("reason", "common.tooLong", REASON_MAX);
        }
        if (f.buyer()) {
            throw new ConflictException("forfeiture.buyerHasADeal");
        }
        if (f.depositHeld() == null || f.depositHeld().signum() <= 0) {
            throw new ConflictException("forfeiture.noDepositHeld");
        }
        if (ground == Ground.NO_VALID_BID) {
            if (!f.noBidClause()) {
                throw new DomainException("ground", "forfeiture.notInAnnouncement");
            }
            if (f.status() != Application.Status.QUALIFIED) {
                throw new ConflictException("forfeiture.notQualified");
            }
            if (!SESSION_CLOSED.contains(f.lotStatus())) {
                throw new ConflictException("forfeiture.sessionNotClosed");
            }
            if (f.validBids() > 0) {
                throw new ConflictException("forfeiture.bidderDidBid", f.validBids());
            }
        }
    }

    /**
     * Whether a deposit is kept from the automatic refunds until staff decide: the announcement forfeits a no-bidder's
     * deposit, the bidder qualified, the session closed and it placed no valid bid.
     */
    public static boolean heldForDecision(boolean noBidClause, Application.Status status, ListingStatus lotStatus, int validBids) {
        return noBidClause && status == Application.Status.QUALIFIED && SESSION_CLOSED.contains(lotStatus) && validBids == 0;
    }

    /** The ledger movement: the whole deposit held, from the application's deposit to the lot's forfeited account. */
    public static Posting posting(long applicationId, long lotId, BigDecimal held, Ground ground) {
        return Posting.move("DEPOSIT_FORFEITED", "deposit forfeited (" + ground + "), held for the transferor",
                Ledger.deposit(applicationId), Ledger.forfeited(lotId), held);
    }
}
