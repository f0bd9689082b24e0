package cn.exchange.web.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.listing.BoardFilter;
import cn.exchange.ejb.listing.BoardRow;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.NoticeView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The home page: the announcements ending soonest, and the newest notices. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    BoardService board;

    private List<BoardRow> listings;
    private List<NoticeView> notices;
    private long running;

    @PostConstruct
    void load() {
        var page = board.search(new BoardFilter(null, null, null, null, null, ListingStatus.PUBLISHED, null, null, "endsAt"), 0, 8);
        listings = page.rows();
        running = page.total();
        notices = board.latestNotices(8);
    }

    public List<BoardRow> getListings() { return listings; }
    public List<NoticeView> getNotices() { return notices; }
    public long getRunning() { return running; }
}
