package cn.exchange.core.listing;

import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What follows a listing's qualification (rules 17–19): the path the number of qualified bidders decided, the start of
 * the competitive session, or the price of the negotiated transfer.
 */
@Embeddable
public class SaleOutcome {

    @Column(name = "qualification_path", length = 20)
    private String path;

    @Column(name = "auction_starts_at")
    private OffsetDateTime auctionStartsAt;

    @Column(name = "negotiated_price", precision = 15, scale = 2)
    private BigDecimal negotiatedPrice;

    @Column(name = "auction_winner_code", length = 8)
    private String auctionWinnerCode;

    @Column(name = "auction_price", precision = 15, scale = 2)
    private BigDecimal auctionPrice;

    @Column(name = "auction_closed_at")
    private OffsetDateTime auctionClosedAt;

    protected SaleOutcome() {
    }

    static SaleOutcome decided(SalePath path) {
        SaleOutcome o = new SaleOutcome();
        o.path = path.name();
        return o;
    }

    /** Rule 17: the session starts in the future. */
    void schedule(OffsetDateTime startsAt, OffsetDateTime now) {
        if (startsAt == null || !startsAt.isAfter(now)) {
            throw new DomainException("startsAt", "auction.startInFuture");
        }
        auctionStartsAt = startsAt;
    }

    /** Rule 25: the session was annulled for a fault; a re-run is scheduled afresh ({@link #schedule}). */
    void unschedule() {
        auctionStartsAt = null;
    }

    /** Rule 18: at no less than the listing price. */
    void negotiated(BigDecimal price, BigDecimal listingPrice) {
        negotiatedPrice = SalePath.negotiatedPrice(Amounts.cny("price", price, true), listingPrice);
    }

    /** Rules 20, 22: the session's result (no winner: failed); the result notice is {@link Lot#recordAuctionResult}'s. */
    void auctioned(String winnerCode, BigDecimal price, String failureReason, OffsetDateTime closedAt) {
        auctionWinnerCode = winnerCode;
        auctionPrice = price;
        auctionClosedAt = closedAt;
    }

    public String auctionWinnerCode() {
        return auctionWinnerCode;
    }

    public BigDecimal auctionPrice() {
        return auctionPrice;
    }

    public OffsetDateTime auctionClosedAt() {
        return auctionClosedAt;
    }

    public String path() {
        return path;
    }

    public OffsetDateTime auctionStartsAt() {
        return auctionStartsAt;
    }

    public BigDecimal negotiatedPrice() {
        return negotiatedPrice;
    }
}
