package cn.exchange.web.auction;

import cn.exchange.core.auction.Practice;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.AuctionState;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.ejb.auction.PracticeService;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.LotView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * The live bidding hall of one lot ({@code hall.xhtml?lot=}): anyone may watch the lot, its state and the bidder's
 * standing; a qualified bidder of the lot also gets the bid form ({@link HallBidBacking}). Live values come over the
 * WebSocket ({@link HallSocket}); the answers to bids come from the bid form, after they are durable.
 */
@Named
@ViewScoped
public class HallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuctionService auctions;

    @EJB
    BoardService board;

    @EJB
    PracticeService practices;

    @Inject
    Clock clock;

    private Long lotId;
    private LotView lot;
    private AuctionState state;
    private String myCode;
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
     * 模拟竞价: the same hall on the caller's practice session ({@link Practice}),
     * against two simulated bidders; a first visit starts one.
     */
    public void loadPractice() {
        if (state != null) {
            return;
        }
        practice = true;
        state = practices.state();
        myCode = Practice.ME;
        hasBid = state.recent().stream().anyMatch(b -> myCode.equals(b.bidderCode()));
    }

    /** 模拟竞价: another practice session, from the start ({@link HallBidBacking#restartPractice}). */
    public void startPractice() {
        state = practices.start();
        hasBid = false;
    }

    /** The state as it is now, for the bid form; a failure keeps the last one (the WebSocket brings the next). */
    public void refresh() {
        try {
            state = practice ? practices.state() : auctions.state(lotId);
        } catch (EJBException e) {
            // the page keeps its last state; the WebSocket brings the next
        }
    }

    /** The bid form's bid was accepted: the bidder's status is no longer "not yet bid". */
    public void bidAccepted() {
        hasBid = true;
    }

    public boolean isBidder() { return myCode != null; }
    public boolean isPriorityHolder() { return priorityHolder; }
    public boolean isPractice() { return practice; }
    public String getMyCode() { return myCode; }
    public long getServerNow() { return clock.millis(); }
    public long millis(Instant i) { return i == null ? 0 : i.toEpochMilli(); }
    public Long getLotId() { return lotId; }
    public void setLotId(Long v) { lotId = v; }
    public LotView getLot() { return lot; }
    public AuctionState getState() { return state; }
    public boolean isHasBid() { return hasBid; }
}
