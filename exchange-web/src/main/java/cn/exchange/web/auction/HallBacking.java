package cn.exchange.web.auction;

import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.web.shell.Formats;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The live bidding hall of one lot ({@code hall.xhtml?lot=}): anyone may watch; a qualified bidder of the lot also
 * gets the controls — quick bids of 1–5 increments over the price on screen, and a free amount that asks for a
 * confirmation when it jumps more than {@link #LARGE_JUMP} increments. Live values come over the WebSocket
 * ({@link HallSocket}); the answers to bids come from here, after they are durable.
 */
@Named
@ViewScoped
public class HallBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A free amount more than this many increments above the price asks "are you sure?" first. */
    static final int LARGE_JUMP = 10;

    @EJB
    AuctionService auctions;

    @EJB
    BoardService board;

    @Inject
    Formats money;

    @Inject
    java.time.Clock clock;

    private Long lotId;
    private LotView lot;
    private AuctionState state;
    private String myCode;
    /** The price on the bidder's screen when a quick bid was pressed (kept current by the page's script). */
    private BigDecimal basePrice;
    private BigDecimal amount;
    private String requestId;
    private BigDecimal pendingLarge;
    private boolean priorityHolder;

    public void load() throws IOException {
        if (state != null) {
            return;
        }
        try {
            if (lotId == null) {
                throw new DomainException(null, "lot.notFound");
            }
            lot = board.lot(lotId);
            state = auctions.state(lotId);
            myCode = auctions.myCode(lotId);
            priorityHolder = myCode != null && auctions.isPriorityHolder(lotId);
        } catch (DomainException | EJBException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * Quick bid: {@code n} increments over the price on the bidder's screen; while no bid has been accepted, the first
     * step is the start price itself (rule 20). A screen that was behind gets an honest refusal (not above the highest).
     */
    public void quick(int n) {
        refresh();
        place(AuctionTerms.quickBid(state.startPrice(), state.increment(), basePrice != null ? basePrice : state.price(),
                state.acceptedBids() > 0, n));
    }

    /** Rule 24: a priority purchase right holder bids the same price as the highest bid (and then leads). */
    public void matchPrice() {
        refresh();
        place(state.price());
    }

    /** Dutch (荷式): accepts the price as it is now; the first acceptance wins. */
    public void acceptCurrent() {
        refresh();
        place(state.price());
    }

    /** A free amount; a large jump is held for confirmation. */
    public void free() {
        if (amount == null) {
            Pages.error(Pages.text("hall.amountRequired"));
            return;
        }
        BigDecimal inc = state.increment();
        BigDecimal base = basePrice != null ? basePrice : state.price();
        if (inc != null && inc.signum() > 0 && amount.subtract(base).compareTo(inc.multiply(BigDecimal.valueOf(LARGE_JUMP))) > 0) {
            pendingLarge = amount;
            return;
        }
        place(amount);
    }

    public void confirmLarge() {
        BigDecimal a = pendingLarge;
        pendingLarge = null;
        if (a != null) {
            place(a);
        }
    }

    public void cancelLarge() {
        pendingLarge = null;
    }

    private void place(BigDecimal a) {
        String id = requestId;
        BidOutcome o = Pages.attempt("bid", () -> auctions.bid(lotId, a, id));
        refresh();
        if (o == null) {
            return;
        }
        if (o.accepted()) {
            Pages.info(Pages.text("hall.accepted", money.yuan(o.amount())));
            amount = null;
        } else {
            Pages.error(DomainMessages.format(Pages.locale(), "auction.reason." + o.reason()));
        }
    }

    private void refresh() {
        try {
            state = auctions.state(lotId);
        } catch (EJBException e) {
            // the page keeps its last state; the WebSocket brings the next
        }
    }

    public boolean isBidder() { return myCode != null; }
    public boolean isPriorityHolder() { return priorityHolder; }
    public String getMyCode() { return myCode; }
    public long getServerNow() { return clock.millis(); }
    public long millis(java.time.Instant i) { return i == null ? 0 : i.toEpochMilli(); }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { lotId = v; }
    public LotView getLot() { return lot; }
    public AuctionState getState() { return state; }
    public BigDecimal getBasePrice() { return basePrice; }
    public void setBasePrice(BigDecimal v) { basePrice = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getRequestId() { return requestId; }
    public void setRequestId(String v) { requestId = v; }
    public BigDecimal getPendingLarge() { return pendingLarge; }
}
