package cn.exchange.web.listing;

import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.LiveRow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What is bidding now, for the home page and the board ({@code WEB-INF/includes/live.xhtml}): sessions
 * running, then those opening within a day, each with its current price and the time left in server time.
 */
@Named
@RequestScoped
public class LiveBacking {

    @EJB
    BoardService board;
    @Inject
    Clock clock;

    private List<LiveRow> rows;
    private long serverNow;

    public List<LiveRow> getRows() {
        if (rows == null) {
            rows = board.biddingNow(8);
            serverNow = clock.millis();
        }
        return rows;
    }

    /** The server's time when the page was rendered, for the countdowns (countdown.js). */
    public long getServerNow() {
        getRows();
        return serverNow;
    }

    public long millis(OffsetDateTime t) {
        return t == null ? 0 : t.toInstant().toEpochMilli();
    }
}
