package cn.exchange.web.listing;

import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * A public lot page: terms, notices, and the countdown to the announcement's end. The countdown counts from the
 * server's clock (the page carries the server time; the script corrects for the visitor's clock offset), never the
 * visitor's own clock.
 */
@Named
@ViewScoped
public class LotPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BoardService board;

    @Inject
    Clock clock;

    @EJB
    cn.exchange.ejb.auction.AuctionService auctions;

    /** The lot's session while it runs (the page says 竞价中 and leads to the hall), else null. */
    private cn.exchange.ejb.auction.AuctionState live;

    @EJB
    cn.exchange.ejb.listing.WatchlistService watchlist;

    private Long id;
    private long followers;
    private boolean watching;
    private LotView lot;
    private List<NoticeView> notices;
    private List<cn.exchange.ejb.listing.DocumentView> documents;

    public void load() throws IOException {
        if (lot != null) {
            return;
        }
        try {
            if (id == null) {
                throw new DomainException(null, "lot.notFound");
            }
            lot = board.lot(id);
            notices = board.notices(id);
            documents = board.documents(id);
            followers = watchlist.followers(id);
            watching = watchlist.watching(id);
            if (lot.status() == cn.exchange.core.listing.ListingStatus.AUCTION_SCHEDULED) {
                try {
                    var s = auctions.state(id);
                    live = java.util.Set.of("FREE", "LIMITED", "PAUSED", "MATCHING").contains(s.phase()) ? s : null;
                } catch (RuntimeException e) {
                    live = null;   // no session scheduled yet (or its state unreadable: the page still shows the lot)
                }
            }
        } catch (DomainException | EJBException e) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public long getServerNow() {
        return clock.millis();
    }

    public long getEndsAtMillis() {
        return lot == null || lot.endsAt() == null ? 0 : lot.endsAt().toInstant().toEpochMilli();
    }

    public List<cn.exchange.ejb.listing.DocumentView> getDocuments() { return documents; }
    public List<cn.exchange.ejb.listing.DocumentView> getPhotos() {
        return documents == null ? List.of() : documents.stream().filter(cn.exchange.ejb.listing.DocumentView::photo).toList();
    }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public LotView getLot() { return lot; }
    public cn.exchange.ejb.auction.AuctionState getLive() { return live; }
    public List<NoticeView> getNotices() { return notices; }

    /** The bidder follows this lot (关注); the count is read again, others may have joined meanwhile. */
    public void watch() {
        if (cn.exchange.web.shell.Pages.attempt("watch", () -> watchlist.watch(lot.id()))) {
            watching = true;
        }
        followers = watchlist.followers(lot.id());
    }

    public void unwatch() {
        if (cn.exchange.web.shell.Pages.attempt("watch", () -> watchlist.unwatch(lot.id()))) {
            watching = false;
        }
        followers = watchlist.followers(lot.id());
    }

    public long getFollowers() { return followers; }
    public boolean isWatching() { return watching; }
}
