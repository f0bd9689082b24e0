package cn.exchange.web.auction;

import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.ejb.auction.PracticeService;
import cn.exchange.web.shell.Formats;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The bid form of the hall ({@link HallBacking}), for a qualified bidder of the lot: quick bids of 1–5 increments over
 * the price on screen, each showing the price it bids, and a free amount. Every bid is confirmed with one more tap
 * ("确认以 ¥X 出价"), a jump of more than {@link HallBids#LARGE_JUMP} increments with a warning besides.
 */
@Named
@ViewScoped
public class HallBidBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuctionService auctions;

    @EJB
    PracticeService practices;

    @Inject
    Formats money;

    @Inject
    HallBacking hall;

    /** The price on the bidder's screen when a quick bid was pressed (kept current by the page's script). */
    private BigDecimal basePrice;
    private BigDecimal amount;
    private String requestId;
    /** The bid waiting for the bidder's confirmation, and whether it jumps more than {@link HallBids#LARGE_JUMP} increments. */
    private BigDecimal pending;
    private boolean pendingLarge;

    /** 模拟竞价: another practice session, from the start; the form forgets the last session's bid. */
    public void restartPractice() {
        hall.startPractice();
        pending = null;
        pendingLarge = false;
        amount = null;
    }

    /**
     * Quick bid: {@code n} increments over the price on the bidder's screen; while no bid has been accepted, the first
     * step is the start price itself (rule 20). A screen that was behind gets an honest refusal (not above the highest).
     */
    public void quick(int n) {
        hall.refresh();
        hold(HallBids.quick(state(), onScreen(), n));
    }

    /** The quick button's label: the price it bids ("¥101,000.00"), as the page's script writes it. */
    public String quickLabel(int n) {
        return HallBids.label(quickAmount(n));
    }

    /** The price quick bid {@code n} would bid now (the button's label; the page's script keeps it current). */
    public BigDecimal quickAmount(int n) {
        return state() == null ? null : HallBids.quick(state(), state().price(), n);
    }

    /** Rule 24: a priority purchase right holder bids the same price as the highest bid (and then leads). */
    public void matchPrice() {
        hall.refresh();
        // the price on the holder's screen: a higher bid that came in meanwhile is refused, never matched unseen
        place(onScreen());
    }

    /** Dutch (荷式): accepts the price as it is now; the first acceptance wins. */
    public void acceptCurrent() {
        hall.refresh();
        place(state().price());
    }

    /** A free amount, held for confirmation like every bid. */
    public void free() {
        if (amount == null) {
            Pages.error(Pages.text("hall.amountRequired"));
            return;
        }
        hold(amount);
    }

    /** The bid is shown for confirmation; a jump of more than {@link HallBids#LARGE_JUMP} increments is pointed out. */
    private void hold(BigDecimal a) {
        pending = a;
        pendingLarge = HallBids.isLargeJump(state().increment(), onScreen(), a);
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
        Long lotId = hall.getLotId();
        BidOutcome o = Pages.attempt("bid", () -> hall.isPractice() ? practices.bid(a, id) : auctions.bid(lotId, a, id));
        hall.refresh();
        if (o == null) {
            return;
        }
        if (o.accepted()) {
            hall.bidAccepted();
            Pages.info(Pages.text("hall.accepted", money.yuan(o.amount())));
            amount = null;
        } else {
            Pages.error(DomainMessages.format(Pages.locale(), "auction.reason." + o.reason()));
        }
    }

    private AuctionState state() { return hall.getState(); }
    /** The price on the bidder's screen, or the price now when the page did not send it. */
    private BigDecimal onScreen() { return basePrice != null ? basePrice : state().price(); }

    public BigDecimal getBasePrice() { return basePrice; }
    public void setBasePrice(BigDecimal v) { basePrice = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getRequestId() { return requestId; }
    public void setRequestId(String v) { requestId = v; }
    public BigDecimal getPending() { return pending; }
    public boolean isPendingLarge() { return pendingLarge; }
}
