package cn.exchange.web.listing;

import cn.exchange.ejb.listing.WatchRow;
import cn.exchange.ejb.listing.WatchlistService;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 我的关注: the lots a bidder follows, ending soonest first, each to open or to leave. */
@Named
@ViewScoped
public class WatchlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WatchlistService watchlist;

    private List<WatchRow> rows;

    @PostConstruct
    void load() {
        rows = watchlist.mine();
    }

    public void unwatch(long lotId) {
        if (Pages.attempt("list", () -> watchlist.unwatch(lotId))) {
            load();
        }
    }

    public List<WatchRow> getRows() { return rows; }
}
