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
 * gets the controls — quick bids of 1–5 increments over the price on screen, each showing the price it bids, and a
 * free amount. Every bid is confirmed with one more tap ("确认以 ¥X 出价"), a jump of more than {@link #LARGE_JUMP}
 * increments with a warning besides. Live values come over the WebSocket
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

    @EJB
    cn.exchange.ejb.auction.PracticeService practices;

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
    /** The bid waiting for the bidder's confirmation, and whether it jumps more than {@link #LARGE_JUMP} increments. */
    private BigDecimal pending;
    private boolean pendingLarge;
    /** Whether the bidder has placed an accepted bid in this session (its status: not yet bid / leading / outbid). */
    private boolean hasBid;
    private boolean priorityHolder;
    /** 模拟竞价: the page is the bidder's practice session ({@code /bidder/practice.xhtml}), no lot of the exchange. */
    private boolean practice;

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
            hasBid = myCode != null && auctions.myBids(lotId).stream().anyMatch(BidOutcome::accepted);
        } catch (DomainException | EJBException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * 模拟竞价: the same hall on the caller's practice session ({@link cn.exchange.core.auction.Practice}),
     * against two simulated bidders; a first visit starts one.
     */
    public void loadPractice() {
        if (state != null) {
            return;
        }
        practice = true;
        state = practices.state();
        myCode = cn.exchange.core.auction.Practice.ME;
        hasBid = state.recent().stream().anyMatch(b -> myCode.equals(b.bidderCode()));
    }

    /** 模拟竞价: another practice session, from the start. */
    public void restartPractice() {
        state = practices.start();
        hasBid = false;
        pending = null;
        pendingLarge = false;
        amount = null;
    }

    /**
     * Quick bid: {@code n} increments over the price on the bidder's screen; while no bid has been accepted, the first
     * step is the start price itself (rule 20). A screen that was behind gets an honest refusal (not above the highest).
     */
    public void quick(int n) {
        refresh();
        hold(AuctionTerms.quickBid(state.startPrice(), state.increment(), basePrice != null ? basePrice : state.price(),
                state.acceptedBids() > 0, n));
    }

    /** The quick button's label: the price it bids ("¥101,000.00"), as the page's script writes it. */
    public String quickLabel(int n) {
        BigDecimal a = quickAmount(n);
        return a == null ? "" : "¥" + cn.exchange.core.shared.CnyFormat.figures(a);
    }

    /** The price quick bid {@code n} would bid now (the button's label; the page's script keeps it current). */
    public BigDecimal quickAmount(int n) {
        return state == null ? null : AuctionTerms.quickBid(state.startPrice(), state.increment(), state.price(), state.acceptedBids() > 0, n);
    }

    /** Rule 24: a priority purchase right holder bids the same price as the highest bid (and then leads). */
    public void matchPrice() {
        refresh();
        // the price on the holder's screen: a higher bid that came in meanwhile is refused, never matched unseen
        place(basePrice != null ? basePrice : state.price());
    }

    /** Dutch (荷式): accepts the price as it is now; the first acceptance wins. */
    public void acceptCurrent() {
        refresh();
        place(state.price());
    }

    /** A free amount, held for confirmation like every bid. */
    public void free() {
        if (amount == null) {
            Pages.error(Pages.text("hall.amountRequired"));
            return;
        }
        hold(amount);
    }

    /** The bid is shown for confirmation; a jump of more than {@link #LARGE_JUMP} increments is pointed out. */
    private void hold(BigDecimal a) {
        BigDecimal inc = state.increment();
        BigDecimal base = basePrice != null ? basePrice : state.price();
        pending = a;
        pendingLarge = inc != null && inc.signum() > 0 && a.subtract(base).compareTo(inc.multiply(BigDecimal.valueOf(LARGE_JUMP))) > 0;
    }

    /** The bidder confirms the bid on screen: it is placed (answered once durable). */
    public void confirm() {
        BigDecimal a = pending;
        pending = null;
        pendingLarge = false;
        if (a != null) {
            place(a);
        }
    }

    public void cancel() {
        pending = null;
        pendingLarge = false;
    }

    private void place(BigDecimal a) {
        String id = requestId;
        BidOutcome o = Pages.attempt("bid", () -> practice ? practices.bid(a, id) : auctions.bid(lotId, a, id));
        refresh();
        if (o == null) {
            return;
        }
        if (o.accepted()) {
            hasBid = true;
            Pages.info(Pages.text("hall.accepted", money.yuan(o.amount())));
            amount = null;
        } else {
            Pages.error(DomainMessages.format(Pages.locale(), "auction.reason." + o.reason()));
        }
    }

    private void refresh() {
        try {
            state = practice ? practices.state() : auctions.state(lotId);
        } catch (EJBException e) {
            // the page keeps its last state; the WebSocket brings the next
        }
    }

    public boolean isBidder() { return myCode != null; }
    public boolean isPriorityHolder() { return priorityHolder; }
    public boolean isPractice() { return practice; }
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
    public BigDecimal getPending() { return pending; }
    public boolean isPendingLarge() { return pendingLarge; }
    public boolean isHasBid() { return hasBid; }
}
